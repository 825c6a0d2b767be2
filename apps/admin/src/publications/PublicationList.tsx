import type { PermissionRow } from '@kntc/domain';
import {
  Datagrid,
  DateField,
  DateInput,
  FilterButton,
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
import { PostingFlags } from './PostingFlags';
import { PublicationQuickFilters } from './PublicationQuickFilters';
import { PublicationStateChip } from './PublicationStateChip';

const filters = [
  <TextInput key="q" source="q" alwaysOn resettable />,
  <SelectInput key="state" source="state" choices={publicationStateChoices} translateChoice={false} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="kind" source="kind" choices={publicationKindChoices} translateChoice={false} sx={{ minWidth: 200 }} />,
  <DateInput key="publishDueDateLte" source="publishDueDateLte" />,
  <DateInput key="postedFromGte" source="postedFromGte" />,
  <DateInput key="postedUntilLte" source="postedUntilLte" />,
];

function ListActions() {
  const { permissions } = usePermissions<PermissionRow>();
  return (
    <TopToolbar>
      <FilterButton />
      {holds(permissions, 'publication.redact') && <CreatePublicationButton />}
    </TopToolbar>
  );
}

const date = (value: string | null) => formatIsoDate(value) || '—';

/** Công khai: drafts under review, approved copies waiting to go out, and what is on the portal, with their legal dates. */
export function PublicationList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'updatedAt', order: 'DESC' }}>
      <PublicationQuickFilters />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="documentNumber" sortable={false} />
        <SelectField source="kind" choices={publicationKindChoices} translateChoice={false} sortable={false} />
        <FunctionField<PublicationSummary> source="signedDate" render={(r) => formatIsoDate(r.signedDate)} />
        <FunctionField<PublicationSummary> source="state" sortable={false} render={(r) => <PublicationStateChip state={r.state} />} />
        <FunctionField<PublicationSummary> source="publishDueDate" render={(r) => date(r.publishDueDate)} />
        <FunctionField<PublicationSummary> source="postedFrom" render={(r) => date(r.postedFrom)} />
        <FunctionField<PublicationSummary> source="postedUntil" render={(r) => date(r.postedUntil)} />
        <FunctionField<PublicationSummary> source="flags" sortable={false} render={(r) => <PostingFlags record={r} />} />
        <TextField source="caseNumber" sortable={false} emptyText="—" />
        <DateField source="updatedAt" showTime locales="vi-VN" options={vietnamTimestamp} />
      </Datagrid>
    </List>
  );
}
