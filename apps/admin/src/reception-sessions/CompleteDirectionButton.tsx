import TaskAltIcon from '@mui/icons-material/TaskAlt';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { todayInVietnam } from '@kntc/domain';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { ReceptionDirectionRow } from './data-methods';
import { directionLabel } from './choices';
import { useStep } from './use-step';

/** Ghi kết quả thực hiện of one direction: the day it was done and what was done. */
export function CompleteDirectionButton({ direction }: { direction: Pick<ReceptionDirectionRow, 'id' | 'version' | 'status' | 'position'> }) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'receptionDirections', action: 'complete' });
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  const [doneDate, setDoneDate] = useState(todayInVietnam());
  const [result, setResult] = useState('');
  if (!canAccess || direction.status === 'done') return null;
  const submit = async () => {
    if (await run(() => dataProvider.completeDirection({ id: direction.id, version: direction.version, doneDate, result }), 'kntc.receptionSessions.completed')) setOpen(false);
  };
  return (
    <>
      <Button label="kntc.receptionSessions.complete" onClick={(e) => { e.stopPropagation(); setOpen(true); }}>
        <TaskAltIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`complete-${direction.id}`} fullWidth onClick={(e) => e.stopPropagation()}>
        <DialogTitle id={`complete-${direction.id}`}>{`${translate('kntc.receptionSessions.complete_title')} ${direction.position}`}</DialogTitle>
        <DialogContent>
          <TextField label={translate(directionLabel('doneDate'))} type="date" value={doneDate} onChange={(e) => setDoneDate(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} sx={{ mt: 1 }} />
          <TextField label={translate(directionLabel('result'))} value={result} onChange={(e) => setResult(e.target.value)} multiline minRows={2} fullWidth sx={{ mt: 2 }} />
        </DialogContent>
        <DialogActions>
          <Button label="kntc.receptionSessions.close" onClick={() => setOpen(false)} />
          <Button label="kntc.receptionSessions.confirm" variant="contained" disabled={pending || result.trim() === ''} onClick={() => void submit()} />
        </DialogActions>
      </Dialog>
    </>
  );
}
