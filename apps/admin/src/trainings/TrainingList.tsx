import { CreateButton, Datagrid, DateField, FunctionField, List, NumberField, NumberInput, SearchInput, SelectField, SelectInput, TextField, TopToolbar } from 'react-admin';
import type { Training } from '../office/data-methods';
import { useUnits } from '../users/use-units';
import { label, trainingKindChoices } from './choices';

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton />
    </TopToolbar>
  );
}

/** Tập huấn, tuyên truyền: newest first, with how many were listed and how many came. */
export function TrainingList() {
  const { units } = useUnits();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn />,
    <SelectInput key="kind" source="kind" label={label('kind')} choices={trainingKindChoices} alwaysOn />,
    <NumberInput key="year" source="year" label={label('year')} min={2000} max={2100} />,
    <SelectInput key="organiserUnitId" source="organiserUnitId" label={label('organiserUnitId')} choices={units} optionText="name" translateChoice={false} />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'dateFrom', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DateField source="dateFrom" label={label('dateFrom')} />
        <TextField source="title" label={label('title')} />
        <SelectField source="kind" label={label('kind')} choices={trainingKindChoices} sortable={false} />
        <TextField source="organiserUnitName" label={label('organiserUnitName')} sortable={false} />
        <TextField source="place" label={label('place')} sortable={false} />
        <NumberField source="attendeeCount" label={label('attendeeCount')} sortable={false} />
        <FunctionField label={label('attendedCount')} sortable={false} render={(t: Training) => String(t.attendedCount)} />
      </Datagrid>
    </List>
  );
}
