import Box from '@mui/material/Box';
import { CheckboxGroupInput, DateInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { ReadOnlyText } from '../office/ReadOnlyText';
import { officialChoices, useOfficials } from '../office/use-officials';
import { useUnits } from '../users/use-units';
import { allowanceCategoryChoices, dutyChoices, inspectorRankChoices, label } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;

/** Phân công cán bộ: who, where, which post and rank, what duties, since when. */
export function StaffAssignmentInputs({ isEdit = false }: { isEdit?: boolean }) {
  const translate = useTranslate();
  const { officials, isPending } = useOfficials();
  const { units, isPending: unitsPending } = useUnits();
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={columns}>
        {isEdit ? (
          // The official of a recorded period never changes; the value stays in the form from the record.
          <ReadOnlyText source="fullName" label={label('userId')} helperText={translate('kntc.office.staff.official_fixed')} />
        ) : (
          <SelectInput source="userId" label={label('userId')} choices={officialChoices(officials)} translateChoice={false} isPending={isPending} />
        )}
        <SelectInput source="unitId" label={label('unitId')} choices={units} optionText="name" translateChoice={false} isPending={unitsPending} />
        <TextInput source="position" label={label('position')} />
        <SelectInput source="inspectorRank" label={label('inspectorRank')} choices={inspectorRankChoices} emptyText="—" />
      </Box>
      <CheckboxGroupInput source="duties" label={label('duties')} choices={dutyChoices} />
      <TextInput source="qualifications" label={label('qualifications')} fullWidth />
      <Box sx={columns}>
        <SelectInput source="allowanceCategory" label={label('allowanceCategory')} choices={allowanceCategoryChoices} emptyText="—" />
        <TextInput source="decisionNumber" label={label('decisionNumber')} />
        <DateInput source="dateAssigned" label={label('dateAssigned')} />
        <DateInput source="dateEnded" label={label('dateEnded')} />
      </Box>
      <TextInput source="note" label={label('note')} multiline fullWidth />
    </Box>
  );
}
