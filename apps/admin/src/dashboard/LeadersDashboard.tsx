import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { dashboardTables, formatViDate, todayInVietnam, type DashboardTableId } from '@kntc/domain';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { ChartCard } from './ChartCard';
import { ChartPatterns } from './ChartPatterns';
import { LettersChart, OfficerChart, OnTimeChart, StageChart, VisitsChart } from './charts';
import { PlanProgressChart } from './PlanProgressChart';
import { DashboardFilters } from './DashboardFilters';
import type { DashboardSummary } from './data-methods';
import { DeadlineList } from './DeadlineLists';
import { initialLeadersFilter, leadersRequestOf } from './leaders-filter';
import { TotalsCards } from './TotalsCards';
import { useDashboardExport } from './use-dashboard-export';
import { useDashboardSummary } from './use-dashboard-summary';
import { useUnits } from '../users/use-units';

type ChartSpec = { id: DashboardTableId; render: (summary: DashboardSummary, title: string) => ReactNode };

/** The charts in reading order: what came in, how fast it was handled, where the load sits, reception, the year's plan, then what is late. */
const charts: ChartSpec[] = [
  { id: 'letters_by_month', render: (s, title) => <LettersChart summary={s} title={title} /> },
  { id: 'on_time_by_month', render: (s, title) => <OnTimeChart summary={s} title={title} /> },
  { id: 'open_cases_by_stage', render: (s, title) => <StageChart summary={s} title={title} /> },
  { id: 'open_cases_by_officer', render: (s, title) => <OfficerChart summary={s} title={title} /> },
  { id: 'visits_by_month', render: (s, title) => <VisitsChart summary={s} title={title} /> },
  { id: 'plan_progress', render: (s, title) => <PlanProgressChart summary={s} title={title} /> },
];

/**
 * The leaders' dashboard (report.read): filters, the header cards, every chart with its data table
 * and export, and the overdue and due-soon lists. Every figure comes computed from the server.
 */
export function LeadersDashboard() {
  const translate = useTranslate();
  const headingId = useId();
  const today = todayInVietnam();
  const [filter, setFilter] = useState(() => initialLeadersFilter(today));
  const result = useMemo(() => leadersRequestOf(filter), [filter]);
  const request = result.ok ? result.request : null;
  const { summary, isLoading, error } = useDashboardSummary(request);
  const exporter = useDashboardExport(request);
  const tables = useMemo(() => (summary ? dashboardTables(summary) : null), [summary]);
  const { units } = useUnits();
  const unitName = summary?.unitId ? (units.find((u) => u.id === summary.unitId)?.name ?? '') : translate('kntc.dashboard.leaders.all_units');
  const t = (key: string, args?: Record<string, unknown>) => translate(`kntc.dashboard.leaders.${key}`, args);

  return (
    <Stack component="section" aria-labelledby={headingId} spacing={2}>
      <ChartPatterns />
      <Card>
        <CardContent>
          <Typography id={headingId} variant="h5" component="h2" gutterBottom>
            {t('title')}
          </Typography>
          <DashboardFilters
            filter={filter}
            result={result}
            today={today}
            onChange={setFilter}
            onExportAll={() => void exporter.run()}
            isExporting={exporter.pending !== null}
          />
          <Box aria-live="polite" sx={{ minHeight: 24 }}>
            {isLoading ? (
              <>
                <Typography variant="body2">{t(summary ? 'updating' : 'loading')}</Typography>
                <LinearProgress aria-hidden sx={{ mt: 0.5 }} />
              </>
            ) : summary ? (
              <Typography variant="body2" color="text.secondary">
                {t('scope', { from: formatViDate(summary.from), to: formatViDate(summary.to), unit: unitName, today: formatViDate(summary.today) })}
              </Typography>
            ) : null}
            {!result.ok ? <Typography variant="body2" color="error">{t('fix_filter')}</Typography> : null}
          </Box>
          {error ? <Alert severity="error">{t('failed', { message: translate(error, { _: error }) })}</Alert> : null}
        </CardContent>
      </Card>
      {summary && tables ? (
        <>
          <TotalsCards summary={summary} />
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            {charts.map((chart) => (
              <ChartCard key={chart.id} table={tables[chart.id]} onExport={() => void exporter.run(chart.id)} isExporting={exporter.pending !== null}>
                {chart.render(summary, tables[chart.id].title)}
              </ChartCard>
            ))}
            {(['overdue', 'due_soon'] as const).map((state) => (
              <ChartCard key={state} table={tables[state]} onExport={() => void exporter.run(state)} isExporting={exporter.pending !== null}>
                <DeadlineList summary={summary} state={state} />
              </ChartCard>
            ))}
          </Box>
        </>
      ) : null}
    </Stack>
  );
}
