import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import UndoIcon from '@mui/icons-material/Undo';
import { handlingOutcomeLabels } from '@kntc/domain';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { TextInput, useTranslate } from 'react-admin';
import type { Petition } from '../providers/data-provider';
import { noteOf, StepButton } from './StepButton';
import { validateRejection } from './step-validation';

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
  return (
    <StepButton
      action="approve"
      label="kntc.letters.approve.action"
      icon={<CheckCircleIcon />}
      color="success"
      title="kntc.letters.approve.title"
      submitLabel="kntc.letters.approve.submit"
      done="kntc.letters.approve.done"
      defaultValues={{ note: '' }}
      run={(dataProvider, record, values) => dataProvider.approveProposal({ id: record.id, version: record.version, note: noteOf(values) })}
    >
      {(record) => (
        <>
          <ProposalSummary record={record} />
          <TextInput source="note" label="kntc.letters.approve.note" multiline minRows={2} fullWidth />
        </>
      )}
    </StepButton>
  );
}

/** Trả lại đề xuất: back to "classified" with the reason, for the officer to propose again. */
export function RejectButton() {
  return (
    <StepButton
      action="reject"
      label="kntc.letters.reject.action"
      icon={<UndoIcon />}
      color="warning"
      title="kntc.letters.reject.title"
      submitLabel="kntc.letters.reject.submit"
      done="kntc.letters.reject.done"
      defaultValues={{ note: '' }}
      validate={validateRejection}
      run={(dataProvider, record, values) => dataProvider.rejectProposal({ id: record.id, version: record.version, note: noteOf(values) ?? '' })}
    >
      {(record) => (
        <>
          <ProposalSummary record={record} />
          <TextInput source="note" label="kntc.letters.reject.note" multiline minRows={2} fullWidth isRequired />
        </>
      )}
    </StepButton>
  );
}
