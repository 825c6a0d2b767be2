import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { dashboardPlanYear, formatViDate } from '@kntc/domain';
import { useId } from 'react';
import { Link, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { fillOf, formatCount, planBars, planStatusSeries } from './chart-series';
import { ChartLegend } from './ChartLegend';
import type { DashboardSummary } from './data-methods';

/** How many late items the tile names; the progress page lists them all. */
const LATE_SHOWN = 5;
const axisTick = { fontSize: 12, fill: '#333' };
const countFormatter = (value: unknown) => formatCount(Number(value));

/** Each status's bar in its own colour and texture, as the legend shows it. */
function StatusBar(props: BarShapeProps) {
  const series = planStatusSeries[props.index];
  return <Rectangle {...props} fill={series ? fillOf(series) : undefined} stroke={series?.colour} strokeWidth={1} />;
}

/**
 * Tiến độ thực hiện kế hoạch năm: the share of the year's plan items done, a bar per status and
 * the most overdue items, each opening its item; the plan progress page is one click away.
 */
export function PlanProgressChart({ summary, title }: { summary: DashboardSummary; title: string }) {
  const translate = useTranslate();
  const percentId = useId();
  const lateId = useId();
  const t = (key: string, args?: Record<string, unknown>) => translate(`kntc.dashboard.leaders.plan.${key}`, args);
  const year = dashboardPlanYear(summary.to);
  const plan = summary.plan;
  if (!plan) {
    return (
      <Stack spacing={1}>
        <Typography variant="body2">{t('none', { year })}</Typography>
        <Link to="/annualPlans/create">{t('create')}</Link>
      </Stack>
    );
  }
  const { progress } = plan;
  const late = progress.lateItems.slice(0, LATE_SHOWN);
  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        {plan.plans.map((p) => t('plan', { number: p.number ?? '', date: formatViDate(p.date) })).join('; ')}
      </Typography>
      <Typography id={percentId} variant="subtitle1" component="p" sx={{ fontWeight: 600 }}>
        {t('percent_done', { done: progress.byStatus.done, total: progress.total, percent: progress.percentDone })}
      </Typography>
      <LinearProgress variant="determinate" value={progress.percentDone} aria-labelledby={percentId} sx={{ height: 8 }} />
      <BarChart responsive style={{ width: '100%', height: 220 }} data={planBars(summary)} layout="vertical" title={title} desc={translate('kntc.dashboard.leaders.chart_desc', { title })}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={countFormatter} tick={axisTick} />
        <YAxis type="category" dataKey="label" width={130} tick={axisTick} />
        <Tooltip formatter={countFormatter} />
        <Bar dataKey="items" name={t('items')} shape={StatusBar} isAnimationActive={false} />
      </BarChart>
      <ChartLegend entries={planStatusSeries.map((s) => ({ label: s.label, swatch: 'bar', series: s }))} />
      <Box component="section" aria-labelledby={lateId}>
        <Typography id={lateId} variant="subtitle2" component="h3">
          {t('late', { count: progress.lateItems.length })}
        </Typography>
        {late.length === 0 ? (
          <Typography variant="body2">{t('no_late')}</Typography>
        ) : (
          <Box component="ul" aria-labelledby={lateId} sx={{ pl: 2.5, my: 0.5 }}>
            {late.map((item) => (
              <li key={item.id}>
                <Link to={`/planItems/${item.id}/show`}>{t('item', { code: item.code })}</Link>{' '}
                <Typography variant="body2" component="span">
                  {t('days_late', { date: formatViDate(item.dueDate), days: item.daysLate })}
                </Typography>
                <Typography variant="body2" color="text.secondary" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }}>
                  {item.content}
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </Box>
      <Link to="/planProgress">{t('open_progress')}</Link>
    </Stack>
  );
}
