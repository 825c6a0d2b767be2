import { z } from 'zod';
import { IsoDateSchema, daysBetween, shiftDate, type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { formatViDate } from '../reception/session-dates.js';
import {
  isoOf,
  reportPeriodKindLabels,
  statutoryPeriodKinds,
  type ReportCutOffRule,
  type ReportPeriodKind,
  type StatutoryPeriodKind,
} from './period-rules.js';

/** A resolved report period: both ends included. `year` is set for statutory periods only. */
export interface ReportPeriod {
  kind: ReportPeriodKind;
  year?: number;
  from: IsoDate;
  to: IsoDate;
  label: string;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const ReportYearSchema = z
  .number({ error: 'Năm báo cáo phải là số.' })
  .int('Năm báo cáo phải là số nguyên.')
  .min(MIN_YEAR, `Năm báo cáo từ ${MIN_YEAR} đến ${MAX_YEAR}.`)
  .max(MAX_YEAR, `Năm báo cáo từ ${MIN_YEAR} đến ${MAX_YEAR}.`);

/** What a user asks for at the edge: a statutory period of a year, or any range of days. */
export const ReportPeriodRequestSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.enum(statutoryPeriodKinds), year: ReportYearSchema }),
    z.strictObject({ kind: z.literal('custom'), from: IsoDateSchema, to: IsoDateSchema }),
  ],
  { error: 'Kỳ báo cáo không hợp lệ.' },
);
export type ReportPeriodRequest = z.infer<typeof ReportPeriodRequestSchema>;

/**
 * The cut-off rule for report year `year`: the newest version in force at any time in that year.
 * One rule per year keeps the four periods nested; a circular taking effect mid-year governs the
 * reports made after it, which are all of that year's reports but the ones already sent.
 */
export function findCutOffRuleForYear(year: number, rules: readonly ReportCutOffRule[]): ReportCutOffRule | undefined {
  let found: ReportCutOffRule | undefined;
  for (const rule of rules) {
    if (rule.effectiveFrom > `${String(year)}-12-31`) continue;
    if (rule.effectiveTo !== undefined && rule.effectiveTo < `${String(year)}-01-01`) continue;
    if (!found || rule.effectiveFrom > found.effectiveFrom) found = rule;
  }
  return found;
}

/** Like `findCutOffRuleForYear`, for callers that cannot go on without a rule. */
export function cutOffRuleForYear(year: number, rules: readonly ReportCutOffRule[]): ReportCutOffRule {
  const found = findCutOffRuleForYear(year, rules);
  if (!found) {
    throw new DomainError('VALIDATION', `Chưa có quy định về kỳ báo cáo áp dụng cho năm ${String(year)}.`, { year: 'Năm chưa có quy định kỳ báo cáo.' });
  }
  return found;
}

const statutoryLabel = (kind: StatutoryPeriodKind, year: number): string =>
  kind === 'year' ? `Năm ${String(year)}` : `${reportPeriodKindLabels[kind]} năm ${String(year)}`;

/** A statutory period of `year`, e.g. quý I năm 2026 = 15/12/2025–14/3/2026 under the seed rule. */
export function reportPeriod(kind: StatutoryPeriodKind, year: number, rules: readonly ReportCutOffRule[]): ReportPeriod {
  const parsedYear = ReportYearSchema.safeParse(year);
  if (!parsedYear.success) {
    throw new DomainError('VALIDATION', parsedYear.error.issues[0]?.message ?? 'Năm báo cáo không hợp lệ.', { year: 'Năm báo cáo không hợp lệ.' });
  }
  const rule = cutOffRuleForYear(year, rules);
  return {
    kind,
    year,
    from: isoOf(rule.isStartInPreviousYear ? year - 1 : year, rule.yearStart),
    to: isoOf(year, rule.periodEnds[kind]),
    label: statutoryLabel(kind, year),
  };
}

/** The four statutory periods of a year, shortest first. */
export const periodsOfYear = (year: number, rules: readonly ReportCutOffRule[]): ReportPeriod[] =>
  statutoryPeriodKinds.map((kind) => reportPeriod(kind, year, rules));

/** Any range of days, both ends included; the label is how the report's title writes it. */
export function customPeriod(from: IsoDate, to: IsoDate): ReportPeriod {
  const fieldErrors: Record<string, string> = {};
  if (!IsoDateSchema.safeParse(from).success) fieldErrors.from = 'Ngày bắt đầu không hợp lệ.';
  if (!IsoDateSchema.safeParse(to).success) fieldErrors.to = 'Ngày kết thúc không hợp lệ.';
  if (Object.keys(fieldErrors).length === 0 && to < from) fieldErrors.to = 'Ngày kết thúc không được trước ngày bắt đầu.';
  const [firstError] = Object.values(fieldErrors);
  if (firstError !== undefined) throw new DomainError('VALIDATION', `Khoảng thời gian báo cáo không hợp lệ: ${firstError}`, fieldErrors);
  return { kind: 'custom', from, to, label: `Từ ngày ${formatViDate(from)} đến ngày ${formatViDate(to)}` };
}

/** Turns a parsed request into a period. */
export const resolveReportPeriod = (request: ReportPeriodRequest, rules: readonly ReportCutOffRule[]): ReportPeriod =>
  request.kind === 'custom' ? customPeriod(request.from, request.to) : reportPeriod(request.kind, request.year, rules);

/** The last day before the period: letters still open at its end are the period's carried-over letters. */
export const carryOverDate = (period: Pick<ReportPeriod, 'from'>): IsoDate => shiftDate(period.from, -1);

/**
 * The period that ends the day before `period` starts, for comparisons and carried-over figures:
 * the previous report year for a statutory period (periods are cumulative from the year start),
 * a range of the same length for a custom one.
 */
export function previousPeriod(period: ReportPeriod, rules: readonly ReportCutOffRule[]): ReportPeriod {
  if (period.kind !== 'custom' && period.year !== undefined && findCutOffRuleForYear(period.year - 1, rules)) {
    const previous = reportPeriod('year', period.year - 1, rules);
    // A rule change between the years could leave a gap or an overlap; the carry-over day must hold,
    // and a year before the first rule falls back to a range of the same length.
    if (previous.to === carryOverDate(period)) return previous;
  }
  const to = carryOverDate(period);
  return customPeriod(shiftDate(to, -daysBetween(period.from, period.to)), to);
}
