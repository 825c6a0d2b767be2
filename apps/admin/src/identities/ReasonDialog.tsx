import Alert from '@mui/material/Alert';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MuiButton from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useId, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { reasonError } from './identity-methods';

type Props = {
  open: boolean;
  onClose: () => void;
  /** Translation key of the title. */
  title: string;
  /** Runs the audited call; throws with the server's Vietnamese message when refused. */
  onConfirm: (reason: string) => Promise<void>;
  /** What to show once the call succeeded (the identity); absent: the dialog closes. */
  result?: ReactNode;
};

/**
 * Asks why before anything protected is opened: the reason goes into the audit log with the
 * official's name (Luật Tố cáo Đ8.3 makes disclosing a denouncer a disciplinary matter).
 */
export function ReasonDialog({ open, onClose, title, onConfirm, result }: Props) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const invalid = reasonError(reason);

  const close = () => {
    if (pending) return;
    setReason('');
    setTouched(false);
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    setTouched(true);
    if (invalid) return;
    setPending(true);
    setFailure(null);
    try {
      await onConfirm(reason.trim());
    } catch (error) {
      setFailure(error instanceof Error && error.message ? error.message : translate('ra.notification.http_error'));
    } finally {
      setPending(false);
    }
  };

  return (
    <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
      <DialogContent>
        {result ?? (
          <>
            <DialogContentText sx={{ mb: 2 }}>{translate('kntc.identities.warning')}</DialogContentText>
            {failure ? (
              <Alert severity="error" sx={{ mb: 2 }}>
                {failure}
              </Alert>
            ) : null}
            <TextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              label={translate('kntc.identities.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              onBlur={() => setTouched(true)}
              error={touched && invalid !== null}
              helperText={touched && invalid ? translate(invalid) : translate('kntc.identities.reason_hint')}
              slotProps={{ htmlInput: { maxLength: 1000 } }}
            />
          </>
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={close} disabled={pending}>
          {translate(result ? 'ra.action.close' : 'ra.action.cancel')}
        </MuiButton>
        {result ? null : (
          <MuiButton variant="contained" color="warning" onClick={() => void confirm()} disabled={pending}>
            {translate('kntc.identities.confirm')}
          </MuiButton>
        )}
      </DialogActions>
    </Dialog>
  );
}
