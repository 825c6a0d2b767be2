import { ReportPeriodRequestSchema, statutoryPeriodKinds, type ReportCutOffRule } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { defaultPeriodChoice, periodRequestOf, reportYearOf, reportYears, statutoryOptions, type PeriodChoice } from './period-choice';

const choice = (patch: Partial<PeriodChoice>): PeriodChoice => ({ kind: 'year', year: 2026, from: '2026-01-01', to: '2026-01-31', ...patch });

describe('statutoryOptions', () => {
  it('names the four periods of a year with their cut-off dates', () => {
    expect(statutoryOptions(2026)).toEqual([
      { kind: 'quarter_1', label: 'Quý I', range: '15/12/2025 – 14/03/2026' },
      { kind: 'six_months', label: '6 tháng', range: '15/12/2025 – 14/06/2026' },
      { kind: 'nine_months', label: '9 tháng', range: '15/12/2025 – 14/09/2026' },
      { kind: 'year', label: 'Năm', range: '15/12/2025 – 14/12/2026' },
    ]);
  });

  it('offers nothing for a year no cut-off rule covers, or for a year that is not one', () => {
    expect(statutoryOptions(2019)).toEqual([]);
    expect(statutoryOptions(Number.NaN)).toEqual([]);
    expect(statutoryOptions(2026.5)).toEqual([]);
    expect(statutoryOptions(2101)).toEqual([]);
  });

  it('refuses a choice kept from an older screen without throwing', () => {
    const stale = { kind: 'year', year: Number.NaN, from: '', to: '' } as const;
    expect(periodRequestOf(stale)).toMatchObject({ ok: false });
  });
});

describe('periodRequestOf', () => {
  it('gives, for every statutory period of every year a rule covers, a request the API schema accepts', () => {
    for (let year = 2021; year <= 2100; year += 1) {
      for (const kind of statutoryPeriodKinds) {
        const result = periodRequestOf(choice({ kind, year }));
        if (!result.ok) throw new Error(`${kind} ${String(year)}: ${JSON.stringify(result.errors)}`);
        expect(ReportPeriodRequestSchema.parse(result.request)).toEqual({ kind, year });
        expect(result.period.to.slice(0, 4)).toBe(String(year));
      }
    }
  });

  it('leaves the custom range out of a statutory request, which the strict schema would refuse', () => {
    const result = periodRequestOf(choice({ kind: 'quarter_1', year: 2026 }));
    expect(result).toMatchObject({ ok: true, request: { kind: 'quarter_1', year: 2026 }, period: { from: '2025-12-15', to: '2026-03-14', label: 'Quý I năm 2026' } });
  });

  it('gives a custom range as from/to with the report title', () => {
    const result = periodRequestOf(choice({ kind: 'custom', from: '2026-02-01', to: '2026-02-28' }));
    expect(result).toEqual({
      ok: true,
      request: { kind: 'custom', from: '2026-02-01', to: '2026-02-28' },
      period: { kind: 'custom', from: '2026-02-01', to: '2026-02-28', label: 'Từ ngày 01/2/2026 đến ngày 28/2/2026' },
    });
    expect(ReportPeriodRequestSchema.safeParse(result.ok ? result.request : null).success).toBe(true);
  });

  it('refuses a range that ends before it starts, on the end date', () => {
    expect(periodRequestOf(choice({ kind: 'custom', from: '2026-03-01', to: '2026-02-01' }))).toEqual({
      ok: false,
      errors: { to: 'Ngày kết thúc không được trước ngày bắt đầu.' },
    });
  });

  it('refuses an empty or impossible date on its own field', () => {
    const result = periodRequestOf(choice({ kind: 'custom', from: '', to: '2026-02-30' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(['from', 'to']);
  });

  it('refuses a year without a cut-off rule on the year field, in Vietnamese', () => {
    expect(periodRequestOf(choice({ kind: 'year', year: 2020 }))).toEqual({ ok: false, errors: { year: 'Năm chưa có quy định kỳ báo cáo.' } });
    const outOfRange = periodRequestOf(choice({ kind: 'year', year: 1999 }));
    expect(outOfRange).toEqual({ ok: false, errors: { year: 'Năm báo cáo từ 2000 đến 2100.' } });
  });
});

describe('the running period', () => {
  it('counts the days after 14/12 into the next report year', () => {
    expect(reportYearOf('2026-12-14')).toBe(2026);
    expect(reportYearOf('2026-12-15')).toBe(2027);
    expect(reportYears('2026-12-20').slice(0, 2)).toEqual([2027, 2026]);
    expect(reportYears('2026-06-01').at(-1)).toBe(2021);
  });

  it('starts on the period that has not ended yet', () => {
    expect(defaultPeriodChoice('2026-03-14')).toMatchObject({ kind: 'quarter_1', year: 2026 });
    expect(defaultPeriodChoice('2026-03-15')).toMatchObject({ kind: 'six_months', year: 2026 });
    expect(defaultPeriodChoice('2026-11-30')).toMatchObject({ kind: 'year', year: 2026, from: '2026-11-01', to: '2026-11-30' });
    expect(defaultPeriodChoice('2026-12-20')).toMatchObject({ kind: 'quarter_1', year: 2027 });
  });

  it('follows the cut-off rule it is given, as an administrator may correct it', () => {
    const calendarYear: ReportCutOffRule = {
      effectiveFrom: '2021-01-01',
      yearStart: { month: 1, day: 1 },
      isStartInPreviousYear: false,
      periodEnds: { quarter_1: { month: 3, day: 31 }, six_months: { month: 6, day: 30 }, nine_months: { month: 9, day: 30 }, year: { month: 12, day: 31 } },
      basis: 'Thử nghiệm',
      confidence: 'U',
    };
    expect(statutoryOptions(2026, [calendarYear])[0]).toEqual({ kind: 'quarter_1', label: 'Quý I', range: '01/01/2026 – 31/03/2026' });
    expect(reportYearOf('2026-12-20', [calendarYear])).toBe(2026);
  });
});
