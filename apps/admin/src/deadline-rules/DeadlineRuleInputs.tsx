import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  BooleanInput,
  DateInput,
  FunctionField,
  Labeled,
  NumberInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { confidenceChoices, ruleKeyChoices, unitChoices } from './choices';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, width: '100%' } as const;

function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2, mb: 1 }}>
      {translate(title)}
    </Typography>
  );
}

/**
 * A rule version's fields, shared by Create and Edit. On Edit the key is shown, not offered:
 * a version belongs to its deadline; a different deadline is a new version of that one.
 */
export function DeadlineRuleInputs({ isNew }: { isNew: boolean }) {
  return (
    <>
      <Section title="kntc.deadline_rules.sections.rule" />
      {isNew ? (
        <SelectInput source="key" choices={ruleKeyChoices} translateChoice={false} fullWidth />
      ) : (
        <Labeled>
          <FunctionField source="key" render={(rule: { key?: string }) => rule.key ?? ''} />
        </Labeled>
      )}
      <TextInput source="label" fullWidth />
      <TextInput source="startEvent" fullWidth />

      <Section title="kntc.deadline_rules.sections.validity" />
      <Box sx={columns}>
        <DateInput source="effectiveFrom" />
        <DateInput source="effectiveTo" helperText="kntc.deadline_rules.effective_to_help" />
      </Box>

      <Section title="kntc.deadline_rules.sections.counting" />
      <Box sx={columns}>
        <SelectInput source="unit" choices={unitChoices} translateChoice={false} />
        <NumberInput source="days" min={1} step={1} />
        <BooleanInput source="rollToWorkingDay" helperText="kntc.deadline_rules.roll_help" />
        <NumberInput source="variants.complex" min={1} step={1} helperText="kntc.deadline_rules.variant_help" />
        <NumberInput source="variants.remote" min={1} step={1} helperText="kntc.deadline_rules.variant_help" />
        <NumberInput source="variants.complexRemote" min={1} step={1} helperText="kntc.deadline_rules.variant_help" />
        <NumberInput source="maxExtensions" min={0} max={5} step={1} />
        <NumberInput source="extensionDays" min={0} step={1} />
      </Box>

      <Section title="kntc.deadline_rules.sections.basis" />
      <TextInput source="basis" multiline minRows={2} fullWidth />
      <SelectInput source="confidence" choices={confidenceChoices} translateChoice={false} />
      <TextInput source="note" multiline minRows={2} fullWidth />
    </>
  );
}
