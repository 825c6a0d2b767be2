import { Button, CreateButton, Datagrid, DateField, DateInput, FunctionField, Link, List, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import type { ReceptionSession } from './data-methods';
import { label, sessionKindChoices, sessionStatusChoices } from './choices';
import { MonthWarnings } from './MonthWarnings';

const filters = [
  <DateInput key="from" source="from" label={label('from')} alwaysOn />,
  <DateInput key="to" source="to" label={label('to')} alwaysOn />,
  <SelectInput key="kind" source="kind" label={label('kind')} choices={sessionKindChoices} />,
  <SelectInput key="status" source="status" label={label('status')} choices={sessionStatusChoices} />,
];

function ListActions() {
  return (
    <TopToolbar>
      <Button component={Link} to="/receptionDirections" label="kntc.receptionSessions.directions_list" />
      <CreateButton />
    </TopToolbar>
  );
}

/** Lịch tiếp công dân: the months still without the Director's periodic day first, then the sessions. */
export function ReceptionSessionList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'date', order: 'DESC' }}>
      <MonthWarnings />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="date" label={label('date')} />
        <FunctionField label="Giờ tiếp" render={(s: ReceptionSession) => `${s.startTime} – ${s.endTime}`} />
        <SelectField source="kind" label={label('kind')} choices={sessionKindChoices} />
        <TextField source="hostName" label={label('hostName')} />
        <TextField source="place" label={label('place')} sortable={false} />
        <SelectField source="status" label={label('status')} choices={sessionStatusChoices} sortable={false} />
        <DateField source="publishBy" label={label('publishBy')} emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}
