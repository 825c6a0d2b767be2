import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { formatViDate } from '@kntc/domain';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { formatCount, formatRate } from './chart-series';
import type { DashboardSummary } from './data-methods';

function Figure({ label, value, hint, tone }: { label: string; value: string; hint: string; tone?: 'alert' }) {
  const labelId = useId();
  return (
    <Card role="group" aria-labelledby={labelId} variant="outlined" sx={tone === 'alert' ? { borderLeft: 4, borderLeftColor: 'error.main' } : undefined}>
      <CardContent>
        <Typography id={labelId} variant="body2" component="p" sx={{ fontWeight: 600 }}>
          {label}
        </Typography>
        <Typography variant="h4" component="p" sx={{ fontWeight: 700, my: 0.5 }}>
          {value}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {hint}
        </Typography>
      </CardContent>
    </Card>
  );
}

/** The header cards: the period's figures and today's load, each with what it is made of. */
export function TotalsCards({ summary }: { summary: DashboardSummary }) {
  const translate = useTranslate();
  const t = summary.totals;
  const k = (key: string, args?: Record<string, unknown>) => translate(`kntc.dashboard.leaders.cards.${key}`, args);
  const n = formatCount;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(4, 1fr)' } }}>
      <Figure
        label={k('letters_received')}
        value={n(t.lettersReceived)}
        hint={k('letters_received_hint', { complaint: n(t.lettersByKind.complaint), denunciation: n(t.lettersByKind.denunciation), recommendation: n(t.lettersByKind.recommendation) })}
      />
      <Figure label={k('letter_rate')} value={formatRate(t.letterRate)} hint={k('letter_rate_hint', { onTime: n(t.lettersOnTime), handled: n(t.lettersHandled) })} />
      <Figure label={k('case_rate')} value={formatRate(t.caseRate)} hint={k('case_rate_hint', { onTime: n(t.casesOnTime), resolved: n(t.casesResolved) })} />
      <Figure label={k('open_cases')} value={n(t.openCases)} hint={k('open_cases_hint', { letters: n(t.openLetters) })} />
      <Figure label={k('overdue')} value={n(t.overdue)} hint={k('overdue_hint', { today: formatViDate(summary.today) })} tone={t.overdue > 0 ? 'alert' : undefined} />
      <Figure label={k('due_soon')} value={n(t.dueSoon)} hint={k('due_soon_hint')} />
      <Figure label={k('visits')} value={n(t.visits)} hint={k('visits_hint', { groups: n(t.groupVisits), repeats: n(t.repeatVisits) })} />
    </Box>
  );
}
