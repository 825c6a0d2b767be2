import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import UndoIcon from '@mui/icons-material/Undo';
import { handlingOutcomeLabels } from '@kntc/domain';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, TextInput, useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { StepDialog } from './StepDialog';
import { validateRejection } from './step-validation';
import { useLetterStep, useStepRunner } from './use-letter-step';

/** What the leader is asked to approve or send back, as the officer proposed it. */
function ProposalSummary({ record }: { record: Petition }) {
  const translate = useTranslate();
  return (
    <Box component="dl" sx={{ m: 0, mb: 2, '& dt': { color: 'text.secondary', typography: 'caption' }, '& dd': { m: 0, mb: 1 } }}>
      <dt>{translate('kntc.letters.proposal.outcome')}</dt>
      <dd>
        <Typography component="span" sx={{ fontWeight: 500 }}>
          {record.proposedOutcome ? handlingOutcomeLabels[record.proposedOutcome] : '—'}
        </Typography>
      </dd>
      {record.proposalNote ? (
        <>
          <dt>{translate('kntc.letters.proposal.note')}</dt>
          <dd>{record.proposalNote}</dd>
        </>
      ) : null}
    </Box>
  );
}

/**
 * Duyệt đề xuất: the letter takes the outcome's status, its document is issued in the same
 * transaction, and an accepted complaint or denunciation opens a case.
 */
export function ApproveButton() {
  const { record, isOffered } = useLetterStep('approve');
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.approve.action" onClick={() => setOpen(true)} color="success">
        <CheckCircleIcon />
      </Button>
      <StepDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.letters.approve.title"
        submitLabel="kntc.letters.approve.submit"
        submitColor="success"
        recordId={record.id}
        defaultValues={{ note: '' }}
        onSubmit={(values) =>
          runStep(
            () =>
              dataProvider.approveProposal({
                id: record.id,
                version: record.version,
                note: typeof values.note === 'string' ? values.note : undefined,
              }),
            'kntc.letters.approve.done',
          )
        }
      >
        <ProposalSummary record={record} />
        <TextInput source="note" label="kntc.letters.approve.note" multiline minRows={2} fullWidth />
      </StepDialog>
    </>
  );
}

/** Trả lại đề xuất: back to "classified" with the reason, for the officer to propose again. */
export function RejectButton() {
  const { record, isOffered } = useLetterStep('reject');
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.reject.action" onClick={() => setOpen(true)} color="warning">
        <UndoIcon />
      </Button>
      <StepDialog
        open={open}
        onClose={() => setOpen(false)}
        title="kntc.letters.reject.title"
        submitLabel="kntc.letters.reject.submit"
        submitColor="warning"
        recordId={record.id}
        defaultValues={{ note: '' }}
        validate={validateRejection}
        onSubmit={(values) =>
          runStep(
            () => dataProvider.rejectProposal({ id: record.id, version: record.version, note: typeof values.note === 'string' ? values.note : '' }),
            'kntc.letters.reject.done',
          )
        }
      >
        <ProposalSummary record={record} />
        <TextInput source="note" label="kntc.letters.reject.note" multiline minRows={2} fullWidth isRequired />
      </StepDialog>
    </>
  );
}
