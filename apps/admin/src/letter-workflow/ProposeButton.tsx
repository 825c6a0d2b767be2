import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, FormDataConsumer, RadioButtonGroupInput, TextInput, useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { StepDialog } from './StepDialog';
import { outcomeChoices, targetFieldFor, toProposal, validateProposal, type OutcomeChoice, type ProposalFormValues } from './proposal-form';
import { useLetterStep, useStepRunner } from './use-letter-step';
import { useLoaded } from './use-loaded';

/** An outcome as a radio label; a refused one carries the rule's reason under its name. */
function OutcomeLabel({ choice }: { choice: OutcomeChoice }) {
  return (
    <Box component="span" sx={{ display: 'block', py: 0.5 }}>
      <Box component="span" sx={{ display: 'block' }}>
        {choice.name}
      </Box>
      {choice.reason ? (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {choice.reason}
        </Typography>
      ) : null}
    </Box>
  );
}

function ProposalInputs({ choices }: { choices: OutcomeChoice[] }) {
  return (
    <>
      <RadioButtonGroupInput
        source="outcome"
        label="kntc.letters.propose.outcome"
        helperText="kntc.letters.propose.outcome_help"
        choices={choices}
        optionText={(choice: OutcomeChoice) => <OutcomeLabel choice={choice} />}
        translateChoice={false}
        row={false}
      />
      <FormDataConsumer<ProposalFormValues>>
        {({ formData }) => {
          const field = targetFieldFor(formData.outcome);
          return field ? <TextInput source="target" label={field.label} fullWidth isRequired={field.isRequired} /> : null;
        }}
      </FormDataConsumer>
      <TextInput source="note" label="kntc.letters.propose.note" multiline minRows={2} fullWidth />
    </>
  );
}

function ProposeDialog({ record, open, onClose }: { record: Petition; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  // Evaluated by the server for the current classification and the matter's history.
  const outcomes = useLoaded(open ? `${record.id}:${record.version}` : '', async (signal) => {
    const { data } = await dataProvider.petitionOutcomes({ id: record.id, signal });
    return Array.isArray(data) ? data : [];
  });
  const choices = outcomes.status === 'loaded' ? outcomeChoices(outcomes.data) : [];

  return (
    <StepDialog
      open={open}
      onClose={onClose}
      title="kntc.letters.propose.title"
      submitLabel="kntc.letters.propose.submit"
      recordId={record.id}
      defaultValues={{ outcome: '', target: '', note: '' }}
      validate={(values) => validateProposal(values, choices)}
      maxWidth="md"
      onSubmit={(values) =>
        runStep(() => dataProvider.proposeOutcome({ id: record.id, version: record.version, ...toProposal(values) }), 'kntc.letters.propose.done')
      }
    >
      {outcomes.status === 'loading' || outcomes.status === 'idle' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {outcomes.status === 'failed' ? <Alert severity="error">{translate(outcomes.message)}</Alert> : null}
      {outcomes.status === 'loaded' && choices.every((c) => c.disabled) ? (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('kntc.letters.propose.none_allowed')}
        </Alert>
      ) : null}
      {outcomes.status === 'loaded' ? <ProposalInputs choices={choices} /> : null}
    </StepDialog>
  );
}

/** Đề xuất hướng xử lý: the officer proposes one of the outcomes the rules allow; a leader approves it. */
export function ProposeButton() {
  const { record, isOffered } = useLetterStep('propose');
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.propose.action" onClick={() => setOpen(true)}>
        <AssignmentTurnedInIcon />
      </Button>
      <ProposeDialog record={record} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
