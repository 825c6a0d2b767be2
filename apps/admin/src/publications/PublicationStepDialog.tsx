import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ReactNode } from 'react';
import { useNotify, useRefresh, useTranslate } from 'react-admin';
import { stepFailure, type StepFailure } from './step-failure';

type Props = {
  title: string;
  intro: string;
  confirm: string;
  confirmColor: 'success' | 'error';
  /** The i18n key of the success notice. */
  done: string;
  /** The field this dialog edits: a server error on it goes under the field, any other above. */
  field: string;
  run(): Promise<unknown>;
  onClose(): void;
  children(fieldError: string | undefined): ReactNode;
};

/**
 * A publication step taken in a dialog with one field (publish, take down): runs it, shows the
 * server's refusal under the field or above it, and refreshes the record when it succeeds.
 */
export function PublicationStepDialog({ title, intro, confirm, confirmColor, done, field, run, onClose, children }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure>();
  const titleId = useId();

  const submit = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await run();
      notify(done, { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      setFailure(stepFailure(error));
      setBusy(false);
    }
  };

  const fieldError = failure?.fields[field];
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate(intro)}</DialogContentText>
        {failure && !fieldError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {failure.message}
          </Alert>
        )}
        {children(fieldError)}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color={confirmColor} onClick={() => void submit()} disabled={busy}>
          {translate(confirm)}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
