import LockIcon from '@mui/icons-material/Lock';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MuiButton from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, Link, useCanAccess, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { isConflict } from '../providers/http-error';
import type { KntcDataProvider } from '../providers/data-provider';
import type { FiledReportSummary, ReportRequest } from './data-methods';

const TITLE_ID = 'file-report-title';

type Outcome = { kind: 'filed'; filed: FiledReportSummary } | { kind: 'already'; message: string } | { kind: 'failed'; message: string };

/**
 * Chốt số liệu và nộp báo cáo: freezes the form as computed now (numbers, the .xlsx, who filed
 * it), after a confirmation with an optional note. A period already filed is refused by the
 * server naming the earlier filing; the dialog says so plainly.
 */
export function FileReportButton({ request, periodLabel, disabled, onFiled }: { request: ReportRequest | undefined; periodLabel: string; disabled?: boolean; onFiled?: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'filedReports', action: 'create' });
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  if (!canAccess) return null;

  const close = () => {
    setOpen(false);
    setOutcome(null);
    setNote('');
  };
  const file = async () => {
    if (!request) return;
    setPending(true);
    try {
      const trimmed = note.trim();
      const { data } = await dataProvider.fileReport({ ...request, ...(trimmed ? { note: trimmed } : {}) });
      setOutcome({ kind: 'filed', filed: data });
      notify('kntc.reports.file.done', { type: 'success', messageArgs: { code: request.formCode, period: periodLabel } });
      onFiled?.();
    } catch (error) {
      const message = error instanceof Error ? error.message : translate('ra.notification.http_error');
      setOutcome({ kind: isConflict(error) ? 'already' : 'failed', message });
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <Button label="kntc.reports.file.button" variant="contained" onClick={() => setOpen(true)} disabled={disabled === true || !request}>
        <LockIcon />
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={TITLE_ID} fullWidth maxWidth="sm">
        <DialogTitle id={TITLE_ID}>{translate('kntc.reports.file.title')}</DialogTitle>
        <DialogContent sx={{ display: 'grid', gap: 2 }}>
          <DialogContentText>{translate('kntc.reports.file.intro', { code: request?.formCode ?? '', period: periodLabel })}</DialogContentText>
          {outcome?.kind === 'filed' ? (
            <Alert severity="success">
              {translate('kntc.reports.file.done', { code: outcome.filed.formCode, period: outcome.filed.periodLabel })}{' '}
              <Link to={`/filedReports/${encodeURIComponent(outcome.filed.id)}/show`}>{translate('kntc.reports.file.open')}</Link>
            </Alert>
          ) : (
            <TextField
              label={translate('kntc.reports.file.note')}
              helperText={translate('kntc.reports.file.note_hint')}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              multiline
              minRows={2}
              disabled={pending}
            />
          )}
          {outcome?.kind === 'already' ? (
            <Alert severity="warning" role="alert">
              <AlertTitle>{translate('kntc.reports.file.already')}</AlertTitle>
              {outcome.message}{' '}
              <Link to="/filedReports">{translate('resources.filedReports.name', { smart_count: 2 })}</Link>
            </Alert>
          ) : null}
          {outcome?.kind === 'failed' ? (
            <Alert severity="error" role="alert">
              {translate(outcome.message)}
            </Alert>
          ) : null}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={close}>{translate(outcome?.kind === 'filed' ? 'kntc.reports.drill.close' : 'ra.action.cancel')}</MuiButton>
          {outcome?.kind === 'filed' ? null : (
            <MuiButton variant="contained" onClick={() => void file()} disabled={pending || outcome?.kind === 'already'}>
              {translate('kntc.reports.file.confirm')}
            </MuiButton>
          )}
        </DialogActions>
      </Dialog>
    </>
  );
}
