import {
  BooleanInput,
  CreateButton,
  Datagrid,
  DateField,
  DateInput,
  FunctionField,
  List,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import type { ReceptionVisit } from '../providers/data-provider';
import { matterKindChoices, outcomeChoices, visitKindChoices } from './choices';
import { RegisterExportButtons } from './RegisterExportButtons';

const label = (field: string) => `resources.receptionVisits.fields.${field}`;

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <DateInput key="from" source="from" label={label('from')} alwaysOn />,
  <DateInput key="to" source="to" label={label('to')} alwaysOn />,
  <SelectInput key="kind" source="kind" label={label('kind')} choices={visitKindChoices} />,
  <SelectInput key="matterKind" source="matterKind" label={label('matterKind')} choices={matterKindChoices} />,
  <SelectInput key="outcome" source="outcome" label={label('outcome')} choices={outcomeChoices} />,
  <BooleanInput key="isGroup" source="isGroup" label={label('isGroup')} />,
];

function ListActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <RegisterExportButtons />
      <CreateButton />
    </TopToolbar>
  );
}

/** Sổ tiếp công dân: newest line first; the register for a period prints from the toolbar. */
export function ReceptionVisitList() {
  const translate = useTranslate();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'visitNumber', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="visitNumber" label={label('visitNumber')} />
        <DateField source="visitDate" label={label('visitDate')} />
        <SelectField source="kind" label={label('kind')} choices={visitKindChoices} />
        <FunctionField
          label={label('visitors')}
          render={(v: ReceptionVisit) => `${v.visitors.map((p) => p.fullName).join(', ')}${v.headcount > v.visitors.length ? ` (${v.headcount} người)` : ''}`}
        />
        <TextField source="summary" label={label('summary')} sortable={false} />
        <SelectField source="outcome" label={label('outcome')} choices={outcomeChoices} />
        <FunctionField label={label('isRepeat')} render={(v: ReceptionVisit) => translate(v.isRepeat ? 'kntc.receptionVisits.repeat' : 'kntc.receptionVisits.first_time')} />
        <DateField source="replyDueDate" label={label('replyDueDate')} />
      </Datagrid>
    </List>
  );
}
