import Box from '@mui/material/Box';
import { DateInput, NumberInput, TextInput } from 'react-admin';
import { planLabel } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

/** The plan as signed: year, number, date, signer, title. */
export function PlanInputs() {
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={columns}>
        <NumberInput source="year" label={planLabel('year')} min={2000} max={2100} />
        <TextInput source="number" label={planLabel('number')} />
        <DateInput source="date" label={planLabel('date')} />
        <TextInput source="signerName" label={planLabel('signerName')} />
        <TextInput source="signerTitle" label={planLabel('signerTitle')} />
      </Box>
      <TextInput source="title" label={planLabel('title')} fullWidth />
      <TextInput source="note" label={planLabel('note')} multiline fullWidth />
    </Box>
  );
}
