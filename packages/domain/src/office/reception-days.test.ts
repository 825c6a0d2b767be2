import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { allowanceRateOn, defaultAllowanceRates } from './allowance-rates.js';
import { receptionAllowance, receptionDaysWorked, type WorkedSession, type WorkedVisit } from './reception-days.js';

const officials = ['a', 'b', 'c'] as const;
const dateArb = fc.integer({ min: 0, max: 120 }).map((n) => shiftDate('2026-05-01', n));
const visitArb: fc.Arbitrary<WorkedVisit> = fc.record({ date: dateArb, receivingOfficialId: fc.constantFrom(...officials) });
const sessionArb: fc.Arbitrary<WorkedSession> = fc.record({ date: dateArb, hostUserId: fc.option(fc.constantFrom(...officials)), isCancelled: fc.boolean() });
const periodArb = fc.tuple(dateArb, dateArb).map(([x, y]) => (x <= y ? { from: x, to: y } : { from: y, to: x }));

describe('reception days worked', () => {
  it('counts a day once however many visits and sessions fell on it, and not a cancelled session', () => {
    const days = receptionDaysWorked(
      {
        visits: [
          { date: '2026-03-02', receivingOfficialId: 'a' },
          { date: '2026-03-02', receivingOfficialId: 'a' },
          { date: '2026-03-03', receivingOfficialId: 'b' },
          { date: '2026-04-01', receivingOfficialId: 'a' },
        ],
        sessions: [
          { date: '2026-03-02', hostUserId: 'a', isCancelled: false },
          { date: '2026-03-16', hostUserId: 'a', isCancelled: false },
          { date: '2026-03-20', hostUserId: 'a', isCancelled: true },
        ],
      },
      'a',
      { from: '2026-03-01', to: '2026-03-31' },
    );
    expect(days).toEqual(['2026-03-02', '2026-03-16']);
  });

  it('is the sorted set of the official\'s uncancelled dates in the period, whatever the order or repetition of the records', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), fc.array(sessionArb, { maxLength: 15 }), periodArb, fc.constantFrom(...officials), (visits, sessions, period, official) => {
        const days = receptionDaysWorked({ visits, sessions }, official, period);
        const expected = new Set([
          ...visits.filter((v) => v.receivingOfficialId === official).map((v) => v.date),
          ...sessions.filter((s) => s.hostUserId === official && !s.isCancelled).map((s) => s.date),
        ]);
        expect(days).toEqual([...expected].filter((d) => period.from <= d && d <= period.to).sort());
        // Shuffled and doubled records give the same days.
        const again = receptionDaysWorked({ visits: [...visits, ...visits].reverse(), sessions: [...sessions].reverse() }, official, period);
        expect(again).toEqual(days);
      }),
    );
  });

  it('splitting a period in two splits the days exactly', () => {
    fc.assert(
      fc.property(fc.array(visitArb, { maxLength: 40 }), fc.array(sessionArb, { maxLength: 15 }), periodArb, fc.integer({ min: 0, max: 120 }), (visits, sessions, period, cut) => {
        const middle = shiftDate('2026-05-01', cut);
        fc.pre(period.from <= middle && middle < period.to);
        const whole = receptionDaysWorked({ visits, sessions }, 'a', period);
        const first = receptionDaysWorked({ visits, sessions }, 'a', { from: period.from, to: middle });
        const second = receptionDaysWorked({ visits, sessions }, 'a', { from: shiftDate(middle, 1), to: period.to });
        expect([...first, ...second]).toEqual(whole);
      }),
    );
  });
});

describe('reception allowance', () => {
  const rates = defaultAllowanceRates.map((r) => ({ ...r, id: r.key }));

  it('pays each day at the rate of the category held that day, in force that day; the July 2026 circular splits the month', () => {
    const allowance = receptionAllowance(
      ['2026-06-30', '2026-07-27', '2026-07-28', '2026-08-03'],
      [
        { dateAssigned: '2026-01-05', dateEnded: '2026-07-31', allowanceCategory: 'without_allowance' },
        { dateAssigned: '2026-08-01', dateEnded: null, allowanceCategory: 'with_allowance' },
      ],
      rates,
    );
    expect(allowance.lines.map((l) => [l.rateId, l.days, l.amount])).toEqual([
      ['tt320-without', 1, 100_000],
      ['tt65-without', 2, 500_000],
      ['tt65-with', 1, 200_000],
    ]);
    expect(allowance.amount).toBe(800_000);
    expect(allowance.hasUnconfirmedRate).toBe(true);
  });

  it('keeps apart the days nobody assigned the official for and those with no rate yet', () => {
    const allowance = receptionAllowance(
      ['2016-06-01', '2026-03-02', '2026-03-03'],
      [
        { dateAssigned: '2016-01-01', dateEnded: '2026-03-02', allowanceCategory: 'support' },
        { dateAssigned: '2026-03-03', dateEnded: null, allowanceCategory: null },
      ],
      rates,
    );
    expect(allowance.unratedDays).toEqual(['2016-06-01']);
    expect(allowance.unentitledDays).toEqual(['2026-03-03']);
    expect(allowance.amount).toBe(50_000);
  });

  it('every day is paid, unentitled or unrated, once; the amount is the sum of its lines', () => {
    const dayArb = fc.integer({ min: 0, max: 4000 }).map((n) => shiftDate('2015-01-01', n));
    fc.assert(
      fc.property(fc.uniqueArray(dayArb, { maxLength: 30 }), fc.constantFrom('without_allowance' as const, 'with_allowance' as const, 'support' as const, null), (days, category) => {
        const allowance = receptionAllowance(days.sort(), [{ dateAssigned: '2016-01-01', dateEnded: null, allowanceCategory: category }], rates);
        const paid = allowance.lines.reduce((n, l) => n + l.days, 0);
        expect(paid + allowance.unentitledDays.length + allowance.unratedDays.length).toBe(days.length);
        expect(allowance.amount).toBe(allowance.lines.reduce((n, l) => n + l.days * l.amountPerDay, 0));
      }),
    );
  });

  it('looks a rate up by its latest start on or before the day', () => {
    expect(allowanceRateOn(rates, 'support', '2026-07-26')?.id).toBe('tt320-support');
    expect(allowanceRateOn(rates, 'support', '2026-07-27')?.id).toBe('tt65-support');
    expect(allowanceRateOn(rates, 'support', '2017-01-31')).toBeUndefined();
  });
});
