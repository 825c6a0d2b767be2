import { CreateButton, Datagrid, DateField, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import type { Equipment } from '../office/data-methods';
import { equipmentStatusChoices, equipmentTypeChoices, label } from './choices';
import { MaintenanceChip } from './MaintenanceChip';
import { NeedsMaintenanceToggle } from './NeedsMaintenanceToggle';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="type" source="type" label={label('type')} choices={equipmentTypeChoices} alwaysOn />,
  <SelectInput key="status" source="status" label={label('status')} choices={equipmentStatusChoices} />,
];

function ListActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <NeedsMaintenanceToggle />
      <CreateButton />
    </TopToolbar>
  );
}

/** Trang thiết bị: soonest maintenance first, each device's warning in words and colour. */
export function EquipmentList() {
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'nextDueDate', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" label={label('name')} sortable={false} />
        <TextField source="serial" label={label('serial')} />
        <SelectField source="type" label={label('type')} choices={equipmentTypeChoices} sortable={false} />
        <TextField source="location" label={label('location')} sortable={false} />
        <TextField source="assignedToName" label={label('assignedToName')} emptyText="—" sortable={false} />
        <SelectField source="status" label={label('status')} choices={equipmentStatusChoices} sortable={false} />
        <FunctionField label={label('maintenanceState')} render={(e: Equipment) => <MaintenanceChip state={e.maintenanceState} />} />
        <DateField source="nextDueDate" label={label('nextDueDate')} emptyText="—" />
      </Datagrid>
    </List>
  );
}
