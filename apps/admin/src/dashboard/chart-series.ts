import {
  caseStatusLabels,
  petitionKindLabels,
  petitionKinds,
  planItemStatusLabels,
  planItemStatuses,
  shortMonthLabel,
  type DashboardCell,
  type DashboardColumnKind,
  type PetitionKind,
  type PlanItemStatus,
} from '@kntc/domain';
import type { DashboardSummary } from './data-methods';

/*
 * Shapes the server's figures for the charts: labels, colours, fill patterns and number formats.
 * Nothing is counted here; every figure comes from the domain's summary as it is.
 */

/** Fill patterns, so series differ by more than colour (WCAG 1.4.1). */
export const fillPatterns = ['solid', 'stripes', 'dots', 'crosshatch'] as const;
export type FillPattern = (typeof fillPatterns)[number];

/** Okabe–Ito colours: told apart with the common colour vision deficiencies. */
export const seriesColours = { blue: '#0072B2', orange: '#B35C00', green: '#007A5A', purple: '#A4467F', red: '#C0392B', grey: '#5F6B73' } as const;

export type Series<K extends string> = { key: K; label: string; colour: string; pattern: FillPattern };

export const patternId = (colour: string, pattern: FillPattern): string => `kntc-fill-${pattern}-${colour.slice(1)}`;
/** What a bar's `fill` names: the colour itself when solid, else its pattern in the page's shared defs. */
export const fillOf = (s: Pick<Series<string>, 'colour' | 'pattern'>): string => (s.pattern === 'solid' ? s.colour : `url(#${patternId(s.colour, s.pattern)})`);

const kindStyle: Record<PetitionKind, Pick<Series<PetitionKind>, 'colour' | 'pattern'>> = {
  complaint: { colour: seriesColours.blue, pattern: 'solid' },
  denunciation: { colour: seriesColours.orange, pattern: 'stripes' },
  recommendation: { colour: seriesColours.green, pattern: 'dots' },
  mixed: { colour: seriesColours.purple, pattern: 'crosshatch' },
};

export const letterKindSeries: Series<PetitionKind>[] = petitionKinds.map((kind) => ({ key: kind, label: petitionKindLabels[kind], ...kindStyle[kind] }));

/** The two stacks of the open-case bars: the part still within its deadline, and the overdue part. */
export const loadSeries = (labels: { inTime: string; overdue: string }): [Series<'inTime'>, Series<'overdue'>] => [
  { key: 'inTime', label: labels.inTime, colour: seriesColours.blue, pattern: 'solid' },
  { key: 'overdue', label: labels.overdue, colour: seriesColours.red, pattern: 'stripes' },
];

export const visitSeries = (labels: { group: string; repeat: string }): [Series<'groupVisits'>, Series<'repeatVisits'>] => [
  { key: 'groupVisits', label: labels.group, colour: seriesColours.green, pattern: 'solid' },
  { key: 'repeatVisits', label: labels.repeat, colour: seriesColours.orange, pattern: 'dots' },
];

const planStyle: Record<PlanItemStatus, Pick<Series<PlanItemStatus>, 'colour' | 'pattern'>> = {
  not_started: { colour: seriesColours.grey, pattern: 'dots' },
  in_progress: { colour: seriesColours.blue, pattern: 'solid' },
  done: { colour: seriesColours.green, pattern: 'crosshatch' },
  late: { colour: seriesColours.red, pattern: 'stripes' },
};

/** The plan's items by status, each status with its own colour and texture. */
export const planStatusSeries: Series<PlanItemStatus>[] = planItemStatuses.map((status) => ({ key: status, label: planItemStatusLabels[status], ...planStyle[status] }));

/** One bar per status of the year's plan; none when no plan was entered. */
export const planBars = (s: DashboardSummary) =>
  s.plan ? planStatusSeries.map((series) => ({ key: series.key, label: series.label, items: s.plan?.progress.byStatus[series.key] ?? 0 })) : [];

/** Every pattern a chart of the page may name, for the shared defs. */
export const usedPatterns = (): { colour: string; pattern: FillPattern }[] => {
  const all = [...letterKindSeries, ...loadSeries({ inTime: '', overdue: '' }), ...visitSeries({ group: '', repeat: '' }), ...planStatusSeries];
  const seen = new Map(all.filter((s) => s.pattern !== 'solid').map((s) => [patternId(s.colour, s.pattern), { colour: s.colour, pattern: s.pattern }]));
  return [...seen.values()];
};

const counts = new Intl.NumberFormat('vi-VN');
const percents = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatCount = (n: number): string => counts.format(n);
/** A share as "87,5 %"; a dash where nothing was handled (not 0 %, which would mean all late). */
export const formatRate = (rate: number | null): string => (rate === null ? '–' : percents.format(rate));

/** A data-table cell as read on screen. */
export function formatCell(cell: DashboardCell, kind: DashboardColumnKind): string {
  if (cell === null) return kind === 'rate' ? formatRate(null) : '';
  if (typeof cell === 'string') return cell;
  return kind === 'rate' ? formatRate(cell) : formatCount(cell);
}

/** The month axis of the monthly charts ("T3/2026"). */
export const monthTick = (month: unknown): string => (typeof month === 'string' ? shortMonthLabel(month) : '');

/** The on-time chart's points: rates as percentages (0–100), gaps where nothing was handled. */
export const onTimePoints = (s: DashboardSummary) =>
  s.onTimeByMonth.map((m) => ({
    month: m.month,
    letterRate: m.letterRate === null ? null : m.letterRate * 100,
    caseRate: m.caseRate === null ? null : m.caseRate * 100,
  }));

/** Open cases per stage as two stacks; the overdue part is the server's, the rest still in time. */
export const stageBars = (s: DashboardSummary) =>
  s.openCasesByStage.map((r) => ({ label: caseStatusLabels[r.status], inTime: r.count - r.overdue, overdue: r.overdue }));

export const officerBars = (s: DashboardSummary) => s.openCasesByOfficer.map((r) => ({ label: r.name, inTime: r.count - r.overdue, overdue: r.overdue }));

/** Where a listed item opens. */
export const recordPath = (item: { subjectType: 'petition' | 'case'; id: string }): string =>
  item.subjectType === 'petition' ? `/petitions/${item.id}/show` : `/cases/${item.id}/show`;
