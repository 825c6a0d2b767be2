import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { caseKinds } from '../cases/enums.js';
import { caseResolutionFigures, type ReportCase } from './case-figures.js';
import { dateArb } from './test-arbitraries.js';

const year2026 = { from: '2025-12-15', to: '2026-12-14' };
const caseOf = (over: Partial<ReportCase>): ReportCase => ({ kind: 'complaint_first', acceptedDate: '2026-03-02', resolvedDate: null, dueDate: '2026-04-01', ...over });

const caseArb: fc.Arbitrary<ReportCase> = fc
  .record({
    kind: fc.constantFrom(...caseKinds),
    acceptedDate: dateArb,
    resolvedAfter: fc.option(fc.integer({ min: 0, max: 120 })),
    dueAfter: fc.option(fc.integer({ min: 0, max: 90 })),
  })
  .map(({ resolvedAfter, dueAfter, ...c }) => ({
    ...c,
    resolvedDate: resolvedAfter === null ? null : shiftDate(c.acceptedDate, resolvedAfter),
    dueDate: dueAfter === null ? null : shiftDate(c.acceptedDate, dueAfter),
  }));

describe('caseResolutionFigures', () => {
  it('counts carried-over, accepted, resolved on time or late, and pending overdue cases by complaint and denunciation', () => {
    const figures = caseResolutionFigures(
      [
        caseOf({ acceptedDate: '2025-11-20', resolvedDate: '2026-01-10', dueDate: '2026-01-05' }), // carried over, resolved late
        caseOf({ acceptedDate: '2025-11-20', resolvedDate: '2025-12-14' }), // resolved the day before: not carried over
        caseOf({ kind: 'complaint_second', resolvedDate: '2026-04-01' }), // resolved on its due day
        caseOf({ dueDate: '2026-12-13' }), // pending, overdue on 14/12
        caseOf({ dueDate: '2026-12-14' }), // pending, due on the last day: not overdue yet
        caseOf({ resolvedDate: '2026-12-15' }), // resolved after the period: pending in it
        caseOf({ kind: 'denunciation', acceptedDate: '2026-12-15' }), // accepted after the period
        caseOf({ kind: 'denunciation', acceptedDate: '2026-12-14', dueDate: null }),
      ],
      year2026,
      '2026-12-14',
    );
    expect(figures.complaint).toEqual({ carriedOver: 1, accepted: 4, toResolve: 5, resolved: 2, resolvedOnTime: 1, resolvedLate: 1, pending: 3, pendingOverdue: 2 });
    expect(figures.denunciation).toEqual({ carriedOver: 0, accepted: 1, toResolve: 1, resolved: 0, resolvedOnTime: 0, resolvedLate: 0, pending: 1, pendingOverdue: 0 });
  });

  it('property: carried over + accepted = to resolve = resolved + pending; on time + late = resolved', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), dateArb, (cases, asOf) => {
        for (const f of Object.values(caseResolutionFigures(cases, year2026, asOf))) {
          expect(f.carriedOver + f.accepted).toBe(f.toResolve);
          expect(f.resolved + f.pending).toBe(f.toResolve);
          expect(f.resolvedOnTime + f.resolvedLate).toBe(f.resolved);
          expect(f.pendingOverdue).toBeLessThanOrEqual(f.pending);
        }
      }),
    );
  });

  it('property: what is pending at the end of one period is what the next period carries over', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { maxLength: 40 }), (cases) => {
        // The generated cases are all accepted after 2025-09-01, so the first period sees every one of them.
        const first = caseResolutionFigures(cases, { from: '2025-01-01', to: '2026-06-14' }, '2026-06-14');
        const next = caseResolutionFigures(cases, { from: '2026-06-15', to: '2026-12-14' }, '2026-12-14');
        expect(next.complaint.carriedOver).toBe(first.complaint.pending);
        expect(next.denunciation.carriedOver).toBe(first.denunciation.pending);
      }),
    );
  });
});
