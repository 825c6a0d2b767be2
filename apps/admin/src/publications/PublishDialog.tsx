import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Publication } from './data-methods';
import { stepFailure, type StepFailure } from './step-failure';

/**
 * Đăng công khai: the posting starts today (Vietnam) and runs at least the legal minimum; the
 * approver may set a later posted-until day. The server refuses an earlier one on the field.
 */
export function PublishDialog({ record, onClose }: { record: Publication; onClose(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [postedUntil, setPostedUntil] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure>();
  const titleId = useId();

  const publish = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await dataProvider.publishPublication({ id: record.id, version: record.version, ...(postedUntil ? { postedUntil } : {}) });
      notify('kntc.publications.published', { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      setFailure(stepFailure(error));
      setBusy(false);
    }
  };

  const fieldError = failure?.fields.postedUntil;
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('kntc.publications.publish_confirm_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('kntc.publications.publish_confirm')}</DialogContentText>
        {failure && !fieldError && <Alert severity="error" sx={{ mb: 2 }}>{failure.message}</Alert>}
        <TextField
          type="date"
          label={translate('kntc.publications.posted_until_optional')}
          value={postedUntil}
          onChange={(e) => setPostedUntil(e.target.value)}
          error={fieldError !== undefined}
          helperText={fieldError ?? translate('kntc.publications.posted_until_help')}
          slotProps={{ inputLabel: { shrink: true } }}
          fullWidth
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="success" onClick={() => void publish()} disabled={busy}>
          {translate('kntc.publications.publish')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
