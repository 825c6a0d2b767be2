import { monthLabel } from '@kntc/domain';
import { useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { fillOf, formatCount, formatRate, letterKindSeries, loadSeries, monthTick, officerBars, onTimePoints, seriesColours, stageBars, visitSeries, type Series } from './chart-series';
import { ChartLegend, type LegendEntry } from './ChartLegend';
import type { DashboardSummary } from './data-methods';

const HEIGHT = 300;
const chartStyle = { width: '100%', height: HEIGHT };
const axisTick = { fontSize: 12, fill: '#333' };

const countFormatter = (value: unknown) => formatCount(Number(value));
const monthTooltipLabel = (label: unknown) => (typeof label === 'string' ? monthLabel(label) : '');
const barLegend = (series: readonly Series<string>[]): LegendEntry[] => series.map((s) => ({ label: s.label, swatch: 'bar', series: s }));

/** The chart's name and how to read its figures, for the SVG's title and description. */
function useChartText(title: string) {
  const translate = useTranslate();
  return { title, desc: translate('kntc.dashboard.leaders.chart_desc', { title }) };
}

const bar = <K extends string>(s: Series<K>, stackId?: string) => (
  <Bar key={s.key} dataKey={s.key} name={s.label} fill={fillOf(s)} stroke={s.colour} strokeWidth={1} isAnimationActive={false} {...(stackId ? { stackId } : {})} />
);

/** Đơn tiếp nhận theo tháng: one bar per month, stacked by kind, each kind with its own texture. */
export function LettersChart({ summary, title }: { summary: DashboardSummary; title: string }) {
  const text = useChartText(title);
  return (
    <>
      <BarChart responsive style={chartStyle} data={summary.lettersByMonth} {...text}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={monthTick} tick={axisTick} />
        <YAxis allowDecimals={false} tickFormatter={countFormatter} tick={axisTick} width={40} />
        <Tooltip labelFormatter={monthTooltipLabel} formatter={countFormatter} />
        {letterKindSeries.map((s) => bar(s, 'kinds'))}
      </BarChart>
      <ChartLegend entries={barLegend(letterKindSeries)} />
    </>
  );
}

/** Tỷ lệ đúng hạn: letters solid with filled points, cases dashed with hollow points. */
export function OnTimeChart({ summary, title }: { summary: DashboardSummary; title: string }) {
  const translate = useTranslate();
  const text = useChartText(title);
  const percent = (value: unknown) => `${String(value)} %`;
  const rateFormatter = (value: unknown) => formatRate(typeof value === 'number' ? value / 100 : null);
  const letterLabel = translate('kntc.dashboard.leaders.series.letter_rate');
  const caseLabel = translate('kntc.dashboard.leaders.series.case_rate');
  return (
    <>
      <LineChart responsive style={chartStyle} data={onTimePoints(summary)} {...text}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={monthTick} tick={axisTick} />
        <YAxis domain={[0, 100]} tickFormatter={percent} tick={axisTick} width={48} />
        <Tooltip labelFormatter={monthTooltipLabel} formatter={rateFormatter} />
        <Line type="linear" dataKey="letterRate" name={letterLabel} stroke={seriesColours.blue} strokeWidth={2} dot={{ r: 4, fill: seriesColours.blue }} isAnimationActive={false} />
        <Line
          type="linear"
          dataKey="caseRate"
          name={caseLabel}
          stroke={seriesColours.orange}
          strokeWidth={2}
          strokeDasharray="7 4"
          dot={{ r: 4, fill: '#fff', stroke: seriesColours.orange, strokeWidth: 2 }}
          isAnimationActive={false}
        />
      </LineChart>
      <ChartLegend
        entries={[
          { label: letterLabel, swatch: 'line', colour: seriesColours.blue, dashed: false },
          { label: caseLabel, swatch: 'line', colour: seriesColours.orange, dashed: true },
        ]}
      />
    </>
  );
}

/** Horizontal bars of open cases, the part still in time and the overdue part stacked. */
function LoadChart({ data, title }: { data: { label: string; inTime: number; overdue: number }[]; title: string }) {
  const translate = useTranslate();
  const text = useChartText(title);
  const series = loadSeries({ inTime: translate('kntc.dashboard.leaders.series.in_time'), overdue: translate('kntc.dashboard.leaders.series.overdue') });
  const height = Math.max(HEIGHT, 60 + data.length * 36);
  return (
    <>
      <BarChart responsive style={{ width: '100%', height }} data={data} layout="vertical" {...text}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} tickFormatter={countFormatter} tick={axisTick} />
        <YAxis type="category" dataKey="label" width={190} tick={axisTick} />
        <Tooltip formatter={countFormatter} />
        {series.map((s) => bar(s, 'load'))}
      </BarChart>
      <ChartLegend entries={barLegend(series)} />
    </>
  );
}

export const StageChart = ({ summary, title }: { summary: DashboardSummary; title: string }) => <LoadChart data={stageBars(summary)} title={title} />;
export const OfficerChart = ({ summary, title }: { summary: DashboardSummary; title: string }) => <LoadChart data={officerBars(summary)} title={title} />;

/** Lượt tiếp đoàn đông người and tái diễn side by side per month (a visit may be both). */
export function VisitsChart({ summary, title }: { summary: DashboardSummary; title: string }) {
  const translate = useTranslate();
  const text = useChartText(title);
  const series = visitSeries({ group: translate('kntc.dashboard.leaders.series.group_visits'), repeat: translate('kntc.dashboard.leaders.series.repeat_visits') });
  return (
    <>
      <BarChart responsive style={chartStyle} data={summary.visitsByMonth} {...text}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" tickFormatter={monthTick} tick={axisTick} />
        <YAxis allowDecimals={false} tickFormatter={countFormatter} tick={axisTick} width={40} />
        <Tooltip labelFormatter={monthTooltipLabel} formatter={countFormatter} />
        {series.map((s) => bar(s))}
      </BarChart>
      <ChartLegend entries={barLegend(series)} />
    </>
  );
}
