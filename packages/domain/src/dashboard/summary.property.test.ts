import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { petitionKinds } from '../petitions/enums.js';
import { summariseDashboard } from './summary.js';
import { dashboardRecordsArb, expandCounts, periodArb, unitIds } from './test-arbitraries.js';

const calendar = { daysOff: [], makeUpDays: [] };
const options = (period: { from: string; to: string }, unitId: string | null = null) => ({ ...period, unitId, today: '2026-04-15', calendar });

describe('dashboard invariants', () => {
  it('property: the months add up to the period totals, and each month\'s kinds to its total', () => {
    fc.assert(
      fc.property(dashboardRecordsArb, periodArb, (records, period) => {
        const s = summariseDashboard(records, options(period));
        const add = (pick: (i: number) => number) => s.months.reduce((sum, _, i) => sum + pick(i), 0);
        expect(add((i) => s.lettersByMonth[i]?.total ?? 0)).toBe(s.totals.lettersReceived);
        for (const m of s.lettersByMonth) expect(petitionKinds.reduce((sum, k) => sum + m[k], 0)).toBe(m.total);
        for (const kind of petitionKinds) expect(add((i) => s.lettersByMonth[i]?.[kind] ?? 0)).toBe(s.totals.lettersByKind[kind]);
        expect(add((i) => s.onTimeByMonth[i]?.lettersHandled ?? 0)).toBe(s.totals.lettersHandled);
        expect(add((i) => s.visitsByMonth[i]?.visits ?? 0)).toBe(s.totals.visits);
        expect(s.lettersByMonth.map((m) => m.month)).toEqual(s.months);
      }),
    );
  });

  it('property: rates stay between 0 and 1, on time never exceeds handled, groups and repeats never exceed visits', () => {
    fc.assert(
      fc.property(dashboardRecordsArb, periodArb, (records, period) => {
        const s = summariseDashboard(records, options(period));
        for (const m of s.onTimeByMonth) {
          expect(m.lettersOnTime).toBeLessThanOrEqual(m.lettersHandled);
          expect(m.casesOnTime).toBeLessThanOrEqual(m.casesResolved);
          for (const rate of [m.letterRate, m.caseRate]) if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
          expect(m.letterRate === null).toBe(m.lettersHandled === 0);
        }
        for (const m of s.visitsByMonth) {
          expect(Math.max(m.groupVisits, m.repeatVisits)).toBeLessThanOrEqual(m.visits);
          expect(m.persons).toBeGreaterThanOrEqual(m.visits);
        }
      }),
    );
  });

  it('property: a record of count n gives the figures of n records of 1 (so the database may group rows)', () => {
    fc.assert(
      fc.property(dashboardRecordsArb, periodArb, fc.constantFrom(null, ...unitIds), (records, period, unitId) => {
        expect(summariseDashboard(expandCounts(records), options(period, unitId))).toEqual(summariseDashboard(records, options(period, unitId)));
      }),
    );
  });

  it('property: the units\' figures and those of records no unit handles add up to the agency\'s', () => {
    fc.assert(
      fc.property(dashboardRecordsArb, periodArb, (records, period) => {
        const all = summariseDashboard(records, options(period)).totals;
        const noUnit = <T extends { unitId: string | null }>(list: readonly T[]) => list.filter((r) => r.unitId === null);
        const unassigned = summariseDashboard(
          { letterReceipts: noUnit(records.letterReceipts), letterHandlings: noUnit(records.letterHandlings), caseResolutions: noUnit(records.caseResolutions), openItems: noUnit(records.openItems), visits: noUnit(records.visits) },
          options(period),
        ).totals;
        const parts = [...unitIds.map((unitId) => summariseDashboard(records, options(period, unitId)).totals), unassigned];
        for (const key of ['lettersReceived', 'lettersHandled', 'casesResolved', 'openLetters', 'openCases', 'overdue', 'dueSoon', 'visits', 'persons'] as const) {
          expect(parts.reduce((sum, t) => sum + t[key], 0)).toBe(all[key]);
        }
      }),
    );
  });

  it('property: the lists are sorted by due date, hold at most the limit, and their states do not overlap', () => {
    fc.assert(
      fc.property(dashboardRecordsArb, fc.integer({ min: 0, max: 5 }), (records, listLimit) => {
        const s = summariseDashboard(records, { ...options({ from: '2026-01-01', to: '2026-04-15' }), listLimit });
        for (const list of [s.overdue, s.dueSoon]) {
          expect(list.items.length).toBe(Math.min(listLimit, list.total));
          const dues = list.items.map((i) => i.dueDate);
          expect(dues).toEqual([...dues].sort());
        }
        for (const i of s.overdue.items) expect(i.dueDate < s.today && i.days > 0).toBe(true);
        for (const i of s.dueSoon.items) expect(i.dueDate >= s.today && i.days >= 0).toBe(true);
      }),
    );
  });
});
