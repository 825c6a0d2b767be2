import EventBusyIcon from '@mui/icons-material/EventBusy';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { ReceptionSession } from './data-methods';
import { useStep } from './use-step';

/** Hủy lịch with a reason (at least 10 characters), kept and shown on the site if it was published. */
export function CancelButton() {
  const session = useRecordContext<ReceptionSession>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'receptionSessions', action: 'cancel' });
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!session || !canAccess || (session.status !== 'planned' && session.status !== 'published')) return null;
  const submit = async () => {
    if (await run(() => dataProvider.cancelSession({ id: String(session.id), version: session.version, reason }), 'kntc.receptionSessions.cancelled')) setOpen(false);
  };
  return (
    <>
      <Button label="kntc.receptionSessions.cancel" onClick={() => setOpen(true)}>
        <EventBusyIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="cancel-session-title" fullWidth>
        <DialogTitle id="cancel-session-title">{translate('kntc.receptionSessions.cancel_title')}</DialogTitle>
        <DialogContent>
          <TextField label={translate('kntc.receptionSessions.cancel_reason')} value={reason} onChange={(e) => setReason(e.target.value)} multiline minRows={2} fullWidth sx={{ mt: 1 }} />
        </DialogContent>
        <DialogActions>
          <Button label="kntc.receptionSessions.close" onClick={() => setOpen(false)} />
          <Button label="kntc.receptionSessions.cancel" variant="contained" disabled={pending || reason.trim().length < 10} onClick={() => void submit()} />
        </DialogActions>
      </Dialog>
    </>
  );
}
