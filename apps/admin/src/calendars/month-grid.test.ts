import { describe, expect, it } from 'vitest';
import { buildMonthGrid, buildYearGrid, describeDay, type GridDay } from './month-grid';

const tet2026 = { date: '2026-02-16', kind: 'day_off', reason: 'Tết Nguyên đán' } as const;
const makeUp2025 = { date: '2025-04-26', kind: 'make_up', reason: 'Làm bù cho ngày 02/05/2025' } as const;

const days = (weeks: (GridDay | null)[][]) => weeks.flat().filter((d): d is GridDay => d !== null);

describe('buildMonthGrid', () => {
  it('starts February 2026 on a Sunday, in the last column of a Monday-first week', () => {
    const { weeks } = buildMonthGrid(2026, 2, new Map());
    expect(weeks[0]?.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(weeks[0]?.[6]).toMatchObject({ date: '2026-02-01', day: 1, weekday: 6, kind: 'weekend' });
    expect(days(weeks)).toHaveLength(28);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  it('counts 29 days in February of a leap year', () => {
    expect(days(buildMonthGrid(2024, 2, new Map()).weeks)).toHaveLength(29);
  });

  it('marks listed days off and make-up days over the weekly rest', () => {
    const byDate = new Map([[tet2026.date, tet2026]]);
    const feb = days(buildMonthGrid(2026, 2, byDate).weeks);
    expect(feb.find((d) => d.date === '2026-02-16')).toMatchObject({ kind: 'day_off', weekday: 0, entry: { reason: 'Tết Nguyên đán' } });
    expect(feb.find((d) => d.date === '2026-02-17')?.kind).toBe('working');
    const april = days(buildMonthGrid(2025, 4, new Map([[makeUp2025.date, makeUp2025]])).weeks);
    expect(april.find((d) => d.date === '2025-04-26')).toMatchObject({ kind: 'make_up', weekday: 5 });
  });
});

describe('buildYearGrid', () => {
  it('has twelve months and ignores entries of other years', () => {
    const grid = buildYearGrid(2026, [tet2026, makeUp2025]);
    expect(grid.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(grid.flatMap((m) => days(m.weeks))).toHaveLength(365);
    expect(grid.flatMap((m) => days(m.weeks)).filter((d) => d.kind === 'make_up')).toEqual([]);
  });
});

describe('describeDay', () => {
  it('names the weekday, the date and what the day is', () => {
    const feb = days(buildYearGrid(2026, [tet2026])[1]?.weeks ?? []);
    const day = (date: string) => feb.find((d) => d.date === date);
    expect(describeDay(day('2026-02-16') as GridDay)).toBe('Thứ Hai, 16/02/2026 – Ngày nghỉ: Tết Nguyên đán');
    expect(describeDay(day('2026-02-21') as GridDay)).toBe('Thứ Bảy, 21/02/2026 – Nghỉ hằng tuần');
    expect(describeDay(day('2026-02-24') as GridDay)).toBe('Thứ Ba, 24/02/2026 – Ngày làm việc');
  });
});
