import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import type { AnnualPlan } from '../office/data-methods';
import { ReadOnlyText } from '../office/ReadOnlyText';
import { useUnits } from '../users/use-units';
import { itemLabel, timeFrameChoices } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' } as const;
const planText = (p: AnnualPlan) => `${String(p.year)} – ${p.number}`;

/** Chủ trì or phối hợp: listed units, or all units of the Sở, and "the units concerned". */
function UnitGroup({ role }: { role: 'lead' | 'coordinating' }) {
  const translate = useTranslate();
  const { units } = useUnits();
  const all = `${role}AllUnits`;
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
      <Typography component="legend" variant="subtitle1">
        {translate(itemLabel(`${role}UnitIds`))}
      </Typography>
      <BooleanInput source={all} label={itemLabel(all)} />
      <FormDataConsumer>
        {({ formData }) =>
          formData[all] === true ? null : (
            <>
              <CheckboxGroupInput source={`${role}UnitIds`} label={false} choices={units} optionText="name" translateChoice={false} />
              <BooleanInput source={`${role}RelevantUnits`} label={itemLabel(`${role}RelevantUnits`)} />
            </>
          )
        }
      </FormDataConsumer>
    </Box>
  );
}

/** One item of the plan: content, who leads and coordinates, when. */
export function PlanItemInputs({ isEdit = false }: { isEdit?: boolean }) {
  return (
    <Box sx={{ width: '100%' }}>
      <Box sx={columns}>
        {isEdit ? (
          <ReadOnlyText source="planNumber" label={itemLabel('planId')} />
        ) : (
          <ReferenceInput source="planId" reference="annualPlans" sort={{ field: 'year', order: 'DESC' }}>
            <SelectInput label={itemLabel('planId')} optionText={planText} />
          </ReferenceInput>
        )}
        <TextInput source="code" label={itemLabel('code')} />
        <NumberInput source="position" label={itemLabel('position')} min={0} />
      </Box>
      <TextInput source="content" label={itemLabel('content')} multiline minRows={3} fullWidth />
      <UnitGroup role="lead" />
      <UnitGroup role="coordinating" />
      <TextInput source="responsibilityNote" label={itemLabel('responsibilityNote')} multiline fullWidth />
      <RadioButtonGroupInput source="timeFrame" label={itemLabel('timeFrame')} choices={timeFrameChoices} />
      <FormDataConsumer>
        {({ formData }) =>
          formData.timeFrame === 'dated' ? (
            <Box sx={columns}>
              <DateInput source="timeFrom" label={itemLabel('timeFrom')} />
              <DateInput source="timeTo" label={itemLabel('timeTo')} />
            </Box>
          ) : null
        }
      </FormDataConsumer>
      <TextInput source="timeNote" label={itemLabel('timeNote')} fullWidth />
    </Box>
  );
}
