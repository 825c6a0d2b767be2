import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useDataProvider, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useLoaded } from '../letter-workflow/use-loaded';
import { formatIsoDate } from '../petitions/format';
import type { KntcDataProvider } from '../providers/data-provider';

/** Lập bản công khai: picks a signed decision or conclusion and opens its new redaction review. */
export function CreatePublicationButton() {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<AddIcon />} onClick={() => setOpen(true)}>
        {translate('kntc.publications.create')}
      </Button>
      {open && <CandidatesDialog onClose={() => setOpen(false)} />}
    </>
  );
}

function CandidatesDialog({ onClose }: { onClose(): void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const candidates = useLoaded('open', (signal) => dataProvider.publicationCandidates({ signal }).then((r) => r.data));
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const titleId = useId();

  const make = async (caseId: string) => {
    setBusy(caseId);
    setFailure(undefined);
    try {
      const { data } = await dataProvider.createPublication({ caseId });
      notify('kntc.publications.created', { type: 'success' });
      redirect('show', 'publications', data.id);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setBusy(undefined);
    }
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{translate('kntc.publications.candidates_title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('kntc.publications.candidates_intro')}
        </Typography>
        {failure && <Alert severity="error">{failure}</Alert>}
        {candidates.status === 'loading' && <LinearProgress />}
        {candidates.status === 'failed' && <Alert severity="error">{translate(candidates.message)}</Alert>}
        {candidates.status === 'loaded' && candidates.data.length === 0 && <Alert severity="info">{translate('kntc.publications.candidates_empty')}</Alert>}
        {candidates.status === 'loaded' && candidates.data.length > 0 && (
          <List dense>
            {candidates.data.map((c) => (
              <ListItem
                key={c.caseId}
                secondaryAction={
                  <Button variant="contained" size="small" disabled={busy !== undefined} onClick={() => void make(c.caseId)}>
                    {translate('kntc.publications.make')}
                  </Button>
                }
              >
                <ListItemText
                  sx={{ pr: 8 }}
                  primary={translate('kntc.publications.candidate', {
                    caseNumber: c.caseNumber,
                    decisionNumber: c.decisionNumber ?? '',
                    signedDate: formatIsoDate(c.signedDate),
                    subject: c.subject,
                  })}
                  secondary={
                    c.publishDueDate && (
                      <>
                        {translate('kntc.publications.candidate_due', { date: formatIsoDate(c.publishDueDate) })}{' '}
                        {c.isPublishOverdue && <Chip component="span" size="small" color="error" label={translate('kntc.publications.flags.overdue')} />}
                      </>
                    )
                  }
                  slotProps={{ secondary: { component: 'span', sx: { display: 'block' } } }}
                />
              </ListItem>
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
      </DialogActions>
    </Dialog>
  );
}
