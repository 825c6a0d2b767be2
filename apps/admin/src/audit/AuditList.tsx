import Typography from '@mui/material/Typography';
import { auditActionLabel } from '@kntc/domain';
import {
  AutocompleteInput,
  Datagrid,
  DateField,
  DateInput,
  FilterButton,
  FunctionField,
  List,
  NumberField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { AuditEntry } from './data-methods';
import { ExportButtons } from './ExportButtons';
import { actionChoices, entityChoices, entityLabel } from './labels';

/** The filter inputs; a hook because the area choices are worded through the translator. */
function useAuditFilters() {
  const translate = useTranslate();
  const actions = actionChoices((area) => translate('kntc.audit.all_actions', { area }));
  return [
    <TextInput key="actor" source="actor" alwaysOn />,
    <AutocompleteInput key="action" source="action" choices={actions} translateChoice={false} alwaysOn sx={{ minWidth: 280 }} />,
    <DateInput key="from" source="from" alwaysOn />,
    <DateInput key="to" source="to" alwaysOn />,
    <SelectInput key="entity" source="entity" choices={entityChoices} translateChoice={false} />,
    <TextInput key="entityId" source="entityId" />,
  ];
}

function ListActions() {
  return (
    <TopToolbar>
      <FilterButton />
      <ExportButtons />
    </TopToolbar>
  );
}

/** Who acted: the official's name and account, or a note that no one was signed in. */
export function ActorCell({ entry }: { entry: AuditEntry }) {
  const translate = useTranslate();
  if (!entry.actorId) return <>{translate('kntc.audit.system')}</>;
  return <>{entry.actorName ? `${entry.actorName} (${entry.actorUsername ?? ''})` : entry.actorId.slice(0, 8)}</>;
}

/**
 * Nhật ký kiểm tra: the newest rows first. Filters narrow by official, action, day range and
 * record; the export takes exactly what they select.
 */
export function AuditList() {
  const translate = useTranslate();
  const filters = useAuditFilters();
  return (
    <List filters={filters} actions={<ListActions />} exporter={false} perPage={50} sort={{ field: 'seq', order: 'DESC' }}>
      <Typography variant="body2" color="text.secondary" sx={{ px: 2, pt: 1 }}>
        {translate('kntc.audit.intro')}
      </Typography>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <NumberField source="seq" sortable={false} />
        <DateField source="at" showTime locales="vi-VN" options={{ ...vietnamTimestamp, second: '2-digit' }} sortable={false} />
        <FunctionField<AuditEntry> source="actor" sortable={false} render={(entry) => <ActorCell entry={entry} />} />
        <FunctionField<AuditEntry> source="action" sortable={false} render={(entry) => auditActionLabel(entry.action)} />
        <FunctionField<AuditEntry> source="entity" sortable={false} render={(entry) => entityLabel(entry.entity) ?? '—'} />
        <TextField source="note" sortable={false} emptyText="—" />
        <TextField source="ipAddress" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}
