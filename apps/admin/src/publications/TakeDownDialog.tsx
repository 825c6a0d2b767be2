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
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Publication } from './data-methods';
import { stepFailure, type StepFailure } from './step-failure';

/**
 * Gỡ bản công khai: the reason stays on the public page. Before the minimum posting period is
 * over the dialog says so, and the server asks for a fuller reason.
 */
export function TakeDownDialog({ record, onClose }: { record: Publication; onClose(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StepFailure>();
  const titleId = useId();

  const takeDown = async () => {
    setBusy(true);
    setFailure(undefined);
    try {
      await dataProvider.takeDownPublication({ id: record.id, version: record.version, reason });
      notify('kntc.publications.taken_down', { type: 'success' });
      refresh();
      onClose();
    } catch (error) {
      setFailure(stepFailure(error));
      setBusy(false);
    }
  };

  const fieldError = failure?.fields.reason;
  return (
    <Dialog open onClose={busy ? undefined : onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>{translate('kntc.publications.take_down_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('kntc.publications.take_down_intro')}</DialogContentText>
        {record.isUnderMinimumPosting && record.postingMinimumUntil && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('kntc.publications.take_down_early', { date: formatIsoDate(record.postingMinimumUntil) })}
          </Alert>
        )}
        {failure && !fieldError && <Alert severity="error" sx={{ mb: 2 }}>{failure.message}</Alert>}
        <TextField
          label={translate('resources.publications.fields.takedownReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={fieldError !== undefined}
          helperText={fieldError ?? translate('kntc.publications.take_down_help')}
          multiline
          minRows={3}
          required
          fullWidth
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" color="error" onClick={() => void takeDown()} disabled={busy}>
          {translate('kntc.publications.take_down')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
