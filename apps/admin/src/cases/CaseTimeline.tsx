import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { KntcDataProvider } from '../providers/data-provider';
import type { Case } from './case-api';
import { PanelState } from './PanelState';
import { Section } from './Section';
import { eventLabel, stateChange } from './timeline';
import { useCaseData } from './use-case-data';

const formatInstant = (iso: string) => new Intl.DateTimeFormat('vi-VN', vietnamTimestamp).format(new Date(iso));

/** Diễn biến: every action on the case, who took it and when, from which state to which. */
export function CaseTimeline() {
  const record = useRecordContext<Case>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const id = record ? String(record.id) : undefined;
  const state = useCaseData(id ? (signal) => dataProvider.caseTimeline({ id, signal }) : undefined, [id, record?.version]);
  if (!record) return null;
  return (
    <Section title="kntc.cases.sections.timeline">
      <PanelState state={state} empty="kntc.cases.timeline.none">
        {(events) => (
          <Box component="ol" aria-label={translate('kntc.cases.sections.timeline')} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {events.map((event) => {
              const change = stateChange(event.fromState, event.toState);
              return (
                <Box component="li" key={event.id} sx={{ py: 1, borderLeft: 2, borderColor: 'primary.light', pl: 2, mb: 0.5 }}>
                  <Typography variant="body2">
                    <strong>{translate(eventLabel(event.action))}</strong>
                    {change ? ` · ${change}` : null}
                  </Typography>
                  <Typography variant="caption" color="text.secondary" component="p" sx={{ m: 0 }}>
                    <time dateTime={event.at}>{formatInstant(event.at)}</time>
                    {' · '}
                    {event.actorName ?? translate('kntc.recalculations.by_system')}
                  </Typography>
                  {event.note ? (
                    <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>
                      {event.note}
                    </Typography>
                  ) : null}
                </Box>
              );
            })}
          </Box>
        )}
      </PanelState>
    </Section>
  );
}
