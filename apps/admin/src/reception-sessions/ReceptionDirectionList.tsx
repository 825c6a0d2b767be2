import { Datagrid, DateField, FunctionField, List, SelectField, SelectInput, TextField } from 'react-admin';
import type { ReceptionDirectionRow } from './data-methods';
import { CompleteDirectionButton } from './CompleteDirectionButton';
import { directionLabel, directionStatusChoices } from './choices';

const filters = [<SelectInput key="status" source="status" label={directionLabel('status')} choices={directionStatusChoices} alwaysOn />];

/** Theo dõi chỉ đạo: every direction of the Director's receptions, overdue ones by the due date in Vietnam time. */
export function ReceptionDirectionList() {
  return (
    <List filters={filters} sort={{ field: 'dueDate', order: 'ASC' }} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={(_id, _resource, record) => `/receptionSessions/${String(record.sessionId)}/show`}>
        <DateField source="sessionDate" label={directionLabel('sessionDate')} />
        <TextField source="content" label={directionLabel('content')} sortable={false} />
        <TextField source="responsible" label={directionLabel('responsible')} sortable={false} />
        <DateField source="dueDate" label={directionLabel('dueDate')} />
        <SelectField source="status" label={directionLabel('status')} choices={directionStatusChoices} sortable={false} />
        <TextField source="result" label={directionLabel('result')} sortable={false} emptyText="—" />
        <FunctionField label="" render={(d: ReceptionDirectionRow) => <CompleteDirectionButton direction={d} />} />
      </Datagrid>
    </List>
  );
}
