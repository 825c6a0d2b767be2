import CategoryIcon from '@mui/icons-material/Category';
import { ClassificationSchema, competenceLabels, competences } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import { useMemo, useState } from 'react';
import {
  Button,
  FormDataConsumer,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  useDataProvider,
  useTranslate,
} from 'react-admin';
import { CheckboxInput } from '../petitions/CheckboxInput';
import { kindChoices } from '../petitions/choices';
import type { KntcDataProvider } from '../providers/data-provider';
import {
  classificationDefaults,
  classificationResolver,
  conditionChoices,
  toClassification,
  type ClassificationFormValues,
} from './classification-form';
import { ConditionCheckboxes } from './ConditionCheckboxes';
import { StepDialog } from './StepDialog';
import { useLetterStep, useStepRunner } from './use-letter-step';

const competenceChoices = competences.map((id) => ({ id, name: competenceLabels[id] }));
const roundChoices = [
  { id: 'first', name: 'kntc.letters.classify.round_first' },
  { id: 'second', name: 'kntc.letters.classify.round_second' },
];
const resolver = classificationResolver();

function EligibilityNote({ failed }: { failed: number }) {
  const translate = useTranslate();
  return (
    <Alert severity={failed === 0 ? 'success' : 'warning'} sx={{ mt: 1 }}>
      {failed === 0 ? translate('kntc.letters.classify.eligible') : translate('kntc.letters.classify.not_eligible', { smart_count: failed })}
    </Alert>
  );
}

/** The inputs that depend on the kind: its eligibility conditions, anonymity, the complaint's round. */
function KindDependentInputs({ values }: { values: Partial<ClassificationFormValues> }) {
  const choices = conditionChoices(values.kind);
  const applicable = new Set(choices.map((c) => c.id));
  const failed = (values.failedConditions ?? []).filter((c) => (applicable as Set<string>).has(c)).length;
  return (
    <>
      {choices.length > 0 ? (
        <>
          <ConditionCheckboxes
            source="failedConditions"
            label="kntc.letters.classify.failed_conditions"
            helperText="kntc.letters.classify.failed_conditions_help"
            choices={choices}
          />
          <EligibilityNote failed={failed} />
        </>
      ) : null}
      <Stack sx={{ mt: 2, alignItems: 'flex-start' }}>
        {values.kind === 'denunciation' ? <CheckboxInput source="isAnonymous" label="kntc.letters.classify.is_anonymous" /> : null}
        {values.kind === 'denunciation' && values.isAnonymous === true ? (
          <CheckboxInput source="hasVerifiableEvidence" label="kntc.letters.classify.has_verifiable_evidence" />
        ) : null}
        <CheckboxInput source="hasSignsOfCrime" label="kntc.letters.classify.has_signs_of_crime" />
        <CheckboxInput source="isOverdueAtLowerBody" label="kntc.letters.classify.is_overdue_at_lower_body" />
      </Stack>
      {values.kind === 'complaint' ? (
        <RadioButtonGroupInput source="complaintRound" label="kntc.letters.classify.complaint_round" choices={roundChoices} />
      ) : null}
    </>
  );
}

/**
 * Phân loại đơn (TT 05/2021 Đ6): kind, competence, the conditions the letter fails for its kind,
 * and the facts that open special outcomes (anonymity, signs of a crime, a lower body overdue).
 * Classifying again replaces the previous classification and any proposal made on it.
 */
export function ClassifyButton() {
  const { record, isOffered } = useLetterStep('classify');
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const [open, setOpen] = useState(false);
  const defaults = useMemo(() => (record ? classificationDefaults(record) : undefined), [record]);
  if (!record || !isOffered || !defaults) return null;

  return (
    <>
      <Button label="kntc.letters.classify.action" onClick={() => setOpen(true)}>
        <CategoryIcon />
      </Button>
      <StepDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.letters.classify.title"
        submitLabel="kntc.letters.classify.submit"
        recordId={record.id}
        defaultValues={defaults}
        resolver={resolver}
        maxWidth="md"
        onSubmit={(values) =>
          runStep(
            () =>
              dataProvider.classifyPetition({
                id: record.id,
                version: record.version,
                // The resolver has just checked these values with the same schema.
                classification: ClassificationSchema.parse(toClassification(values)),
              }),
            'kntc.letters.classify.done',
          )
        }
      >
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <SelectInput source="kind" label="resources.petitions.fields.kind" choices={kindChoices} translateChoice={false} />
          <RadioButtonGroupInput
            source="competence"
            label="kntc.letters.classify.competence"
            choices={competenceChoices}
            translateChoice={false}
            row={false}
          />
        </Box>
        <FormDataConsumer<ClassificationFormValues>>{({ formData }) => <KindDependentInputs values={formData} />}</FormDataConsumer>
        <TextInput source="note" label="kntc.letters.classify.note" multiline minRows={2} fullWidth />
      </StepDialog>
    </>
  );
}
