import type { PermissionRow } from '@kntc/domain';
import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  usePermissions,
} from 'react-admin';
import { formatIsoDate } from '../petitions/format';
import { holds } from '../providers/access';
import { vietnamTimestamp } from '../layout/timestamp';
import { publicationKindChoices, publicationStateChoices } from './choices';
import { CreatePublicationButton } from './CreatePublicationButton';
import type { PublicationSummary } from './data-methods';
import { PublicationStateChip } from './PublicationStateChip';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="state" source="state" choices={publicationStateChoices} translateChoice={false} alwaysOn sx={{ minWidth: 200 }} />,
];

function ListActions() {
  const { permissions } = usePermissions<PermissionRow>();
  return <TopToolbar>{holds(permissions, 'publication.redact') && <CreatePublicationButton />}</TopToolbar>;
}

/** Công khai: drafts under review, approved copies waiting to go out, and what is on the portal. */
export function PublicationList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="documentNumber" sortable={false} />
        <SelectField source="kind" choices={publicationKindChoices} translateChoice={false} sortable={false} />
        <FunctionField<PublicationSummary> source="signedDate" sortable={false} render={(r) => formatIsoDate(r.signedDate)} />
        <FunctionField<PublicationSummary> source="state" sortable={false} render={(r) => <PublicationStateChip state={r.state} />} />
        <TextField source="caseNumber" sortable={false} emptyText="—" />
        <DateField source="updatedAt" showTime locales="vi-VN" options={vietnamTimestamp} sortable={false} />
      </Datagrid>
    </List>
  );
}
