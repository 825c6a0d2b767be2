import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { TimelineEvent } from '../letter-workflow/data-methods';
import { useRevision } from '../letter-workflow/revision';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import type { KntcDataProvider, Petition } from '../providers/data-provider';
import { describeTimelineEvent, formatInstant, stateLabel } from './timeline-labels';

function EventItem({ event }: { event: TimelineEvent }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { title, details, note, related } = describeTimelineEvent(event);
  const from = stateLabel(event.fromState);
  const to = stateLabel(event.toState);
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', ml: 1, '&:last-child': { pb: 0 } }}>
      <Box
        aria-hidden
        sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: 'primary.main' }}
      />
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        <time dateTime={event.at}>{formatInstant(event.at)}</time>
        {' · '}
        {event.actorName ?? translate('kntc.letters.timeline.system')}
      </Typography>
      {to !== null && from !== to ? (
        <Typography variant="body2">
          {from === null
            ? translate('kntc.letters.timeline.to_state', { to })
            : translate('kntc.letters.timeline.from_to_state', { from, to })}
        </Typography>
      ) : null}
      {details.map((line) => (
        <Typography variant="body2" key={line}>
          {line}
        </Typography>
      ))}
      {related ? (
        <Typography variant="body2">
          <Link to={createPath({ resource: 'petitions', id: related.petitionId, type: 'show' })}>{related.label}</Link>
        </Typography>
      ) : null}
      {note ? (
        <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', fontStyle: 'italic' }}>
          {translate('kntc.letters.timeline.note', { note })}
        </Typography>
      ) : null}
    </Box>
  );
}

/** Lịch sử xử lý: every action on the letter, oldest first (who, when, from which status to which). */
export function TimelinePanel() {
  const record = useRecordContext<Petition>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const { revision } = useRevision();
  const titleId = useId();
  const state = useLoaded(record ? `${record.id}:${record.version}:${revision}` : '', async (signal) => {
    if (!record) return [];
    const { data } = await dataProvider.petitionTimeline({ id: record.id, signal });
    return Array.isArray(data) ? data : [];
  });
  const events = currentData(state) ?? [];
  if (!record) return null;
  return (
    <Card component="section" aria-labelledby={titleId} variant="outlined">
      <CardContent>
        <Typography id={titleId} variant="h6" component="h2" sx={{ mb: 1 }}>
          {translate('kntc.letters.timeline.title')}
        </Typography>
        {state.status === 'loading' ? <LinearProgress aria-label={translate('ra.page.loading')} sx={{ mb: 1 }} /> : null}
        {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
        {state.status === 'loaded' && events.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('kntc.letters.timeline.empty')}
          </Typography>
        ) : null}
        {events.length > 0 ? (
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {events.map((event) => (
              <EventItem key={event.id} event={event} />
            ))}
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}
