import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, isIsoDate, shiftDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { defaultReportCutOffRules, ReportCutOffRuleSchema, ReportCutOffRuleSetSchema, type ReportCutOffRule } from './period-rules.js';
import { carryOverDate, customPeriod, periodsOfYear, previousPeriod, reportPeriod, resolveReportPeriod, ReportPeriodRequestSchema } from './report-periods.js';

const rules = defaultReportCutOffRules;
const year = fc.integer({ min: 2022, max: 2100 });

const domainErrorOf = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};

describe('statutory report periods (TT 02/2021, cut-offs [U])', () => {
  it('the seed rule is valid data and marked unconfirmed', () => {
    expect(ReportCutOffRuleSetSchema.safeParse(rules).success).toBe(true);
    expect(rules[0]?.confidence).toBe('U');
  });

  it('quý I năm 2026 runs from 15/12/2025 to 14/3/2026', () => {
    expect(reportPeriod('quarter_1', 2026, rules)).toEqual({ kind: 'quarter_1', year: 2026, from: '2025-12-15', to: '2026-03-14', label: 'Quý I năm 2026' });
  });

  it('the four periods of a year are cumulative from the same day', () => {
    expect(periodsOfYear(2026, rules).map((p) => [p.from, p.to, p.label])).toEqual([
      ['2025-12-15', '2026-03-14', 'Quý I năm 2026'],
      ['2025-12-15', '2026-06-14', '6 tháng năm 2026'],
      ['2025-12-15', '2026-09-14', '9 tháng năm 2026'],
      ['2025-12-15', '2026-12-14', 'Năm 2026'],
    ]);
  });

  it('property: consecutive report years tile the calendar with no gap and no overlap', () => {
    fc.assert(
      fc.property(year, (y) => {
        const current = reportPeriod('year', y, rules);
        const previous = reportPeriod('year', y - 1, rules);
        expect(current.from).toBe(shiftDate(previous.to, 1));
        expect(periodsOfYear(y, rules).every((p) => p.from === current.from && p.to <= current.to)).toBe(true);
      }),
    );
  });

  it('refuses a year with no rule in force, naming the year', () => {
    const error = domainErrorOf(() => reportPeriod('year', 2020, rules));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe('Chưa có quy định về kỳ báo cáo áp dụng cho năm 2020.');
  });

  it('a newer circular governs the year it takes effect in; older years keep the old cut-offs', () => {
    const base = rules[0] as ReportCutOffRule;
    const changed: ReportCutOffRule[] = [
      { ...base, effectiveTo: '2027-06-30' },
      { ...base, effectiveFrom: '2027-07-01', yearStart: { month: 1, day: 1 }, isStartInPreviousYear: false, periodEnds: { quarter_1: { month: 3, day: 31 }, six_months: { month: 6, day: 30 }, nine_months: { month: 9, day: 30 }, year: { month: 12, day: 31 } }, confidence: 'T' },
    ];
    expect(reportPeriod('six_months', 2026, changed)).toMatchObject({ from: '2025-12-15', to: '2026-06-14' });
    expect(reportPeriod('six_months', 2027, changed)).toMatchObject({ from: '2027-01-01', to: '2027-06-30' });
  });

  it('rejects cut-off days that do not grow through the year, or do not exist', () => {
    const base = rules[0] as ReportCutOffRule;
    const backwards = ReportCutOffRuleSchema.safeParse({ ...base, periodEnds: { ...base.periodEnds, nine_months: { month: 5, day: 1 } } });
    expect(backwards.success ? [] : backwards.error.issues.map((i) => i.message)).toContain('Ngày chốt số liệu của các kỳ phải tăng dần trong năm.');
    const impossible = ReportCutOffRuleSchema.safeParse({ ...base, yearStart: { month: 2, day: 30 } });
    expect(impossible.success ? [] : impossible.error.issues.map((i) => i.message)).toContain('Ngày trong năm không có thật.');
  });
});

describe('custom ranges and the previous period', () => {
  it('labels a custom range the way a report title writes dates', () => {
    expect(customPeriod('2026-03-05', '2026-06-14').label).toBe('Từ ngày 05/3/2026 đến ngày 14/6/2026');
  });

  it('refuses an end before the start, with a Vietnamese field error', () => {
    const error = domainErrorOf(() => customPeriod('2026-06-14', '2026-03-05'));
    expect(error.fieldErrors).toEqual({ to: 'Ngày kết thúc không được trước ngày bắt đầu.' });
    expect(domainErrorOf(() => customPeriod('2026-02-30', '2026-03-05')).fieldErrors).toEqual({ from: 'Ngày bắt đầu không hợp lệ.' });
  });

  it('the previous period of a statutory one is the previous report year', () => {
    expect(previousPeriod(reportPeriod('nine_months', 2026, rules), rules)).toMatchObject({ kind: 'year', from: '2024-12-15', to: '2025-12-14', label: 'Năm 2025' });
    expect(carryOverDate(reportPeriod('quarter_1', 2026, rules))).toBe('2025-12-14');
  });

  it('before the first cut-off rule, the previous period is a range of the same length', () => {
    expect(previousPeriod(reportPeriod('quarter_1', 2021, rules), rules)).toMatchObject({ kind: 'custom', from: '2020-09-16', to: '2020-12-14' });
  });

  it('property: the previous period ends the day before, and a custom one keeps its length', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map((n) => shiftDate('2000-01-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (from, length) => {
        const period = customPeriod(from, shiftDate(from, length));
        const previous = previousPeriod(period, rules);
        expect(previous.to).toBe(shiftDate(period.from, -1));
        expect(daysBetween(previous.from, previous.to)).toBe(length);
        expect(isIsoDate(previous.from)).toBe(true);
      }),
    );
  });

  it('resolves a parsed request of either kind', () => {
    const parsed = ReportPeriodRequestSchema.parse({ kind: 'six_months', year: 2026 });
    expect(resolveReportPeriod(parsed, rules).to).toBe('2026-06-14');
    expect(ReportPeriodRequestSchema.safeParse({ kind: 'custom', from: '2026-01-01', to: '2026-01-31', extra: 1 }).success).toBe(false);
  });
});
