import CallMergeIcon from '@mui/icons-material/CallMerge';
import CallSplitIcon from '@mui/icons-material/CallSplit';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Button, HttpError, RadioButtonGroupInput, TextInput, useDataProvider, useTranslate } from 'react-admin';
import { DuplicateSuggestionItem } from '../petitions/DuplicateSuggestions';
import { findByReceiptNumber, normalizeReceiptNumber } from '../petitions/duplicate-query';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { StepButton } from './StepButton';
import { StepDialog } from './StepDialog';
import { duplicateTargetChoices, validateDuplicateLink, type DuplicateTargetChoice } from './step-validation';
import { useLetterStep, useStepRunner } from './use-letter-step';
import { useLoaded } from './use-loaded';

function TargetLabel({ choice }: { choice: DuplicateTargetChoice }) {
  return (
    <Box component="span" sx={{ display: 'block', py: 1 }}>
      <DuplicateSuggestionItem suggestion={choice.suggestion} newTab />
      {choice.reason ? (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {choice.reason}
        </Typography>
      ) : null}
    </Box>
  );
}

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function MarkDuplicateDialog({ record, open, onClose }: { record: Petition; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const runStep = useStepRunner();
  const suggestions = useLoaded(open ? `${record.id}:${record.version}` : '', async (signal) => {
    const { data } = await dataProvider.suggestDuplicates({
      sender: { fullName: record.sender.fullName, address: record.sender.address, idNumber: record.sender.idNumber },
      summary: record.summary,
      excludeId: record.id,
      signal,
    });
    return Array.isArray(data) ? data : [];
  });
  const choices = suggestions.status === 'loaded' ? duplicateTargetChoices(suggestions.data) : [];

  /** A receipt number typed by hand wins over the radio choice: the official typed it on purpose. */
  const originalOf = async (values: Record<string, unknown>): Promise<string> => {
    const typed = textOf(values.receiptNumber);
    if (typed === '') return textOf(values.duplicateOfId);
    const receipt = normalizeReceiptNumber(typed) ?? typed;
    const { data } = await dataProvider.getList<Petition>('petitions', {
      pagination: { page: 1, perPage: 50 },
      sort: { field: 'receiptNumber', order: 'ASC' },
      filter: { q: receipt },
    });
    const found = findByReceiptNumber(data, receipt);
    if (!found) {
      const message = translate('kntc.letters.duplicates.receipt_not_found', { receipt });
      throw new HttpError(message, 400, { errors: { receiptNumber: message } });
    }
    return String(found.id);
  };

  return (
    <StepDialog
      open={open}
      onClose={onClose}
      title="kntc.letters.duplicates.link_title"
      submitLabel="kntc.letters.duplicates.link_submit"
      recordId={record.id}
      defaultValues={{ duplicateOfId: '', receiptNumber: '', note: '' }}
      validate={validateDuplicateLink}
      maxWidth="md"
      onSubmit={async (values) => {
        const duplicateOfId = await originalOf(values);
        await runStep(
          () => dataProvider.markDuplicate({ id: record.id, version: record.version, duplicateOfId, note: textOf(values.note) }),
          'kntc.letters.duplicates.linked',
        );
      }}
    >
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate('kntc.letters.duplicates.link_intro')}
      </Typography>
      {suggestions.status === 'loading' || suggestions.status === 'idle' ? <LinearProgress aria-label={translate('ra.page.loading')} /> : null}
      {suggestions.status === 'failed' ? <Alert severity="error">{translate(suggestions.message)}</Alert> : null}
      {suggestions.status === 'loaded' && choices.length === 0 ? (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('kntc.letters.duplicates.no_suggestions')}
        </Typography>
      ) : null}
      {choices.length > 0 ? (
        <RadioButtonGroupInput
          source="duplicateOfId"
          label="kntc.letters.duplicates.choose_original"
          choices={choices}
          optionText={(choice: DuplicateTargetChoice) => <TargetLabel choice={choice} />}
          translateChoice={false}
          row={false}
        />
      ) : null}
      <TextInput
        source="receiptNumber"
        label="kntc.letters.duplicates.receipt_number"
        helperText="kntc.letters.duplicates.receipt_number_help"
        autoComplete="off"
      />
      <TextInput source="note" label="kntc.letters.duplicates.note" multiline minRows={2} fullWidth />
    </StepDialog>
  );
}

/** Gộp vào đơn trùng: no new case opens for a repeat, and the original's repeat count rises. */
export function MarkDuplicateButton() {
  const { record, isOffered } = useLetterStep('mark_duplicate');
  const [open, setOpen] = useState(false);
  if (!record || !isOffered) return null;
  return (
    <>
      <Button label="kntc.letters.duplicates.link_action" onClick={() => setOpen(true)}>
        <CallMergeIcon />
      </Button>
      <MarkDuplicateDialog record={record} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/** Bỏ gộp: the letter returns to the status it had before it was linked, and the count goes down. */
export function UnlinkDuplicateButton() {
  const translate = useTranslate();
  return (
    <StepButton
      action="unlink_duplicate"
      label="kntc.letters.duplicates.unlink_action"
      icon={<CallSplitIcon />}
      title="kntc.letters.duplicates.unlink_title"
      submitLabel="kntc.letters.duplicates.unlink_submit"
      done="kntc.letters.duplicates.unlinked"
      defaultValues={{ note: '' }}
      run={(dataProvider, record, values) => dataProvider.unlinkDuplicate({ id: record.id, version: record.version, note: textOf(values.note) })}
    >
      {() => (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            {translate('kntc.letters.duplicates.unlink_intro')}
          </Typography>
          <TextInput source="note" label="kntc.letters.duplicates.note" multiline minRows={2} fullWidth />
        </>
      )}
    </StepButton>
  );
}
