import {
  customPeriod,
  defaultReportCutOffRules,
  findCutOffRuleForYear,
  isDomainError,
  periodsOfYear,
  reportPeriod,
  reportPeriodKindLabels,
  ReportPeriodRequestSchema,
  statutoryPeriodKinds,
  type IsoDate,
  type ReportCutOffRule,
  type ReportPeriod,
  type ReportPeriodKind,
  type ReportPeriodRequest,
  type StatutoryPeriodKind,
} from '@kntc/domain';
import { formatIsoDate } from '../petitions/format';

/**
 * What the period picker holds. Every field is kept while the user switches between a statutory
 * period and a custom range, so switching back does not lose what was typed.
 */
export interface PeriodChoice {
  kind: ReportPeriodKind;
  year: number;
  from: string;
  to: string;
}

export type PeriodChoiceResult =
  | { ok: true; request: ReportPeriodRequest; period: ReportPeriod }
  | { ok: false; errors: Partial<Record<'year' | 'from' | 'to', string>> };

/** How the screen writes a period's days: "15/12/2025 – 14/03/2026". */
export const periodRange = (period: Pick<ReportPeriod, 'from' | 'to'>): string => `${formatIsoDate(period.from)} – ${formatIsoDate(period.to)}`;

/** A statutory period as the picker offers it: its name and the days its figures cover. */
export interface StatutoryOption {
  kind: StatutoryPeriodKind;
  label: string;
  range: string;
}

/** The four periods of a report year with their cut-off dates; none for a year without a rule. */
export function statutoryOptions(year: number, rules: readonly ReportCutOffRule[] = defaultReportCutOffRules): StatutoryOption[] {
  // A choice kept in the browser from an older screen may hold anything; it must not break the page.
  if (!Number.isInteger(year) || year < 2000 || year > 2100 || !findCutOffRuleForYear(year, rules)) return [];
  return periodsOfYear(year, rules).map((period, i) => ({
    kind: statutoryPeriodKinds[i] ?? 'year',
    label: reportPeriodKindLabels[period.kind],
    range: periodRange(period),
  }));
}

/** The report year a day belongs to: after the year's cut-off (14/12) it is the next year's. */
export function reportYearOf(today: IsoDate, rules: readonly ReportCutOffRule[] = defaultReportCutOffRules): number {
  const year = Number(today.slice(0, 4));
  if (!findCutOffRuleForYear(year + 1, rules)) return year;
  return reportPeriod('year', year + 1, rules).from <= today ? year + 1 : year;
}

/** The years offered: from the first year a cut-off rule covers to the running report year, newest first. */
export function reportYears(today: IsoDate, rules: readonly ReportCutOffRule[] = defaultReportCutOffRules): number[] {
  const last = reportYearOf(today, rules);
  const years: number[] = [];
  for (let year = last; year >= last - 30 && findCutOffRuleForYear(year, rules); year -= 1) years.push(year);
  return years.length > 0 ? years : [last];
}

/** The period running today: the first of the report year's periods that has not ended yet. */
export function defaultPeriodChoice(today: IsoDate, rules: readonly ReportCutOffRule[] = defaultReportCutOffRules): PeriodChoice {
  const year = reportYearOf(today, rules);
  const running = findCutOffRuleForYear(year, rules) ? periodsOfYear(year, rules).find((p) => p.to >= today) : undefined;
  return { kind: running?.kind ?? 'year', year, from: `${today.slice(0, 8)}01`, to: today };
}

/**
 * The request the API takes for what the picker holds, or field errors to show beside the inputs.
 * The domain's own rules decide (the schema, the cut-off rule of the year, from ≤ to), so the
 * screen refuses exactly what the server would.
 */
export function periodRequestOf(choice: PeriodChoice, rules: readonly ReportCutOffRule[] = defaultReportCutOffRules): PeriodChoiceResult {
  const candidate = choice.kind === 'custom' ? { kind: choice.kind, from: choice.from, to: choice.to } : { kind: choice.kind, year: choice.year };
  const parsed = ReportPeriodRequestSchema.safeParse(candidate);
  if (!parsed.success) {
    const errors: Partial<Record<'year' | 'from' | 'to', string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === 'year' || field === 'from' || field === 'to') errors[field] ??= issue.message;
    }
    if (Object.keys(errors).length === 0) errors[choice.kind === 'custom' ? 'from' : 'year'] = 'Kỳ báo cáo không hợp lệ.';
    return { ok: false, errors };
  }
  try {
    const request = parsed.data;
    const period = request.kind === 'custom' ? customPeriod(request.from, request.to) : reportPeriod(request.kind, request.year, rules);
    return { ok: true, request, period };
  } catch (error) {
    if (!isDomainError(error)) throw error;
    const { year, from, to } = error.fieldErrors ?? {};
    const errors = { ...(year ? { year } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) };
    return { ok: false, errors: Object.keys(errors).length > 0 ? errors : { [choice.kind === 'custom' ? 'to' : 'year']: error.message } };
  }
}
