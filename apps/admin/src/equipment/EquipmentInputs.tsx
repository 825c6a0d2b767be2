import Box from '@mui/material/Box';
import { DateInput, NumberInput, SelectInput, TextInput } from 'react-admin';
import { officialChoices, useOfficials } from '../office/use-officials';
import { equipmentStatusChoices, equipmentTypeChoices, label } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

/** A device of the inventory: what, which serial, where, who uses it, since when, how often it is checked. */
export function EquipmentInputs() {
  const { officials, isPending } = useOfficials();
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={columns}>
        <SelectInput source="type" label={label('type')} choices={equipmentTypeChoices} />
        <TextInput source="name" label={label('name')} />
        <TextInput source="serial" label={label('serial')} />
        <TextInput source="location" label={label('location')} />
        <SelectInput
          source="assignedToUserId"
          label={label('assignedToUserId')}
          choices={officialChoices(officials)}
          translateChoice={false}
          isPending={isPending}
         
          emptyText="—"
        />
        <DateInput source="acquiredDate" label={label('acquiredDate')} />
        <SelectInput source="status" label={label('status')} choices={equipmentStatusChoices} />
        <NumberInput source="maintenanceIntervalMonths" label={label('maintenanceIntervalMonths')} min={1} max={60} />
      </Box>
      <TextInput source="note" label={label('note')} multiline fullWidth />
    </Box>
  );
}
