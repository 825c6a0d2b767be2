import { describe, expect, it } from 'vitest';
import { missingPeriodicSessionMessage, monthsFrom, monthsWithoutPeriodicSession } from './session-months.js';

describe('months without the head\'s periodic reception (Luật TCD Đ18: at least one day a month)', () => {
  it('lists twelve months from the current one, across the new year', () => {
    expect(monthsFrom('2026-11-20', 12)).toEqual([
      '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08', '2027-09', '2027-10',
    ]);
  });

  it('warns for every month with no periodic session, ignoring ad hoc and cancelled ones', () => {
    const warnings = monthsWithoutPeriodicSession('2026-03-15', [
      { date: '2026-03-02', kind: 'periodic', isCancelled: false },
      { date: '2026-04-10', kind: 'ad_hoc', isCancelled: false },
      { date: '2026-05-12', kind: 'periodic', isCancelled: true },
      { date: '2026-06-30', kind: 'periodic', isCancelled: false },
      { date: '2027-03-01', kind: 'periodic', isCancelled: false },
    ]);
    expect(warnings.map((w) => w.month)).toEqual(['2026-04', '2026-05', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(warnings[0]?.message).toBe('Tháng 04/2026 chưa có lịch tiếp công dân định kỳ của Giám đốc');
  });

  it('a session earlier in the current month still covers it', () => {
    expect(monthsWithoutPeriodicSession('2026-03-31', [{ date: '2026-03-02', kind: 'periodic', isCancelled: false }], 1)).toEqual([]);
  });

  it('writes the month with two digits', () => {
    expect(missingPeriodicSessionMessage('2027-01')).toBe('Tháng 01/2027 chưa có lịch tiếp công dân định kỳ của Giám đốc');
  });
});
