import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { todayInVietnam, shiftDate } from '@kntc/domain';
import { useState } from 'react';
import { Button, useCanAccess, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { ReceptionSession, SessionVisitChoice } from './data-methods';
import { directionLabel, label } from './choices';
import { useStep } from './use-step';

type DirectionDraft = { content: string; responsible: string; dueDate: string; visitId: string };
const emptyDirection = (): DirectionDraft => ({ content: '', responsible: '', dueDate: shiftDate(todayInVietnam(), 15), visitId: '' });

/**
 * Ghi kết quả buổi tiếp, once the day has come: attendees, the register lines heard, the
 * directions; saving issues the numbered Thông báo kết luận.
 */
export function RecordSessionButton() {
  const session = useRecordContext<ReceptionSession>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'receptionSessions', action: 'record' });
  const { run, pending } = useStep();
  const [open, setOpen] = useState(false);
  const [visits, setVisits] = useState<SessionVisitChoice[]>([]);
  const [chosen, setChosen] = useState<string[]>([]);
  const [attendees, setAttendees] = useState('');
  const [conclusion, setConclusion] = useState('');
  const [directions, setDirections] = useState<DirectionDraft[]>([emptyDirection()]);
  if (!session || !canAccess || (session.status !== 'planned' && session.status !== 'published') || session.date > todayInVietnam()) return null;

  const start = async () => {
    setOpen(true);
    const { data } = await dataProvider.sessionVisitsForRecord({ id: String(session.id) });
    setVisits(data);
    setChosen(data.map((v) => v.id));
  };
  const edit = (i: number, patch: Partial<DirectionDraft>) => setDirections((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const submit = async () => {
    const ok = await run(
      async () => {
        const { data } = await dataProvider.recordSession({
          id: String(session.id),
          version: session.version,
          attendees,
          conclusion,
          visitIds: chosen,
          directions: directions.map((d) => ({ content: d.content, responsible: d.responsible, dueDate: d.dueDate, visitId: d.visitId === '' ? null : d.visitId })),
        });
        return data;
      },
      'kntc.receptionSessions.recorded',
    );
    if (ok) setOpen(false);
  };

  return (
    <>
      <Button label="kntc.receptionSessions.record" onClick={() => void start()}>
        <FactCheckIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="record-session-title" fullWidth maxWidth="md">
        <DialogTitle id="record-session-title">{translate('kntc.receptionSessions.record_title')}</DialogTitle>
        <DialogContent>
          <TextField label={translate(label('attendees'))} value={attendees} onChange={(e) => setAttendees(e.target.value)} multiline fullWidth sx={{ mt: 1 }} />
          <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate('kntc.receptionSessions.record_visits')}</Typography>
          {visits.length === 0 ? <Typography variant="body2">{translate('kntc.receptionSessions.record_no_visits')}</Typography> : null}
          {visits.map((v) => (
            <FormControlLabel
              key={v.id}
              sx={{ display: 'flex' }}
              control={<Checkbox checked={chosen.includes(v.id)} onChange={(e) => setChosen((c) => (e.target.checked ? [...c, v.id] : c.filter((x) => x !== v.id)))} />}
              label={`${v.visitNumber}: ${v.summary}`}
            />
          ))}
          <TextField label={translate(label('conclusion'))} value={conclusion} onChange={(e) => setConclusion(e.target.value)} multiline minRows={2} fullWidth sx={{ mt: 2 }} />
          <Typography variant="subtitle2" sx={{ mt: 2 }}>{translate(label('directions'))}</Typography>
          {directions.map((d, i) => (
            <Box key={i} role="group" aria-label={`${translate(label('directions'))} ${i + 1}`} sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', mt: 1 }}>
              <TextField label={translate(directionLabel('content'))} value={d.content} onChange={(e) => edit(i, { content: e.target.value })} multiline sx={{ flex: '2 1 20em' }} />
              <TextField label={translate(directionLabel('responsible'))} value={d.responsible} onChange={(e) => edit(i, { responsible: e.target.value })} sx={{ flex: '1 1 12em' }} />
              <TextField label={translate(directionLabel('dueDate'))} type="date" value={d.dueDate} onChange={(e) => edit(i, { dueDate: e.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
              <TextField select label={translate(directionLabel('visitId'))} value={d.visitId} onChange={(e) => edit(i, { visitId: e.target.value })} sx={{ minWidth: '10em' }}>
                <MenuItem value="">—</MenuItem>
                {visits.filter((v) => chosen.includes(v.id)).map((v) => (
                  <MenuItem key={v.id} value={v.id}>{v.visitNumber}</MenuItem>
                ))}
              </TextField>
              <Button label="kntc.receptionSessions.remove_direction" disabled={directions.length === 1} onClick={() => setDirections((all) => all.filter((_, j) => j !== i))}>
                <DeleteIcon />
              </Button>
            </Box>
          ))}
          <Button label="kntc.receptionSessions.add_direction" onClick={() => setDirections((all) => [...all, emptyDirection()])} sx={{ mt: 1 }}>
            <AddIcon />
          </Button>
        </DialogContent>
        <DialogActions>
          <Button label="kntc.receptionSessions.close" onClick={() => setOpen(false)} />
          <Button label="kntc.receptionSessions.record" variant="contained" disabled={pending} onClick={() => void submit()} />
        </DialogActions>
      </Dialog>
    </>
  );
}
