import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeForm } from './aggregate.js';
import { form01Tcd } from './forms/form-01-tcd.js';
import { form02Xld } from './forms/form-02-xld.js';
import { defaultReportCutOffRules } from './period-rules.js';
import { type ReportRecords, type ReportSession, type ReportVisit } from './records.js';
import { periodsOfYear, type ReportPeriod } from './report-periods.js';
import { fieldGroups, recordsArb, unitIds } from './test-arbitraries.js';

const options = { units: unitIds.map((id) => ({ id, name: id })), contentGroupOfField: fieldGroups };
const minOf = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/** Groups records as a database GROUP BY would: `key` names what the measures can tell apart, dates keep the earliest. */
function grouped<T extends { count?: number | undefined }>(records: readonly T[], key: (r: T) => string, merge: (a: T, b: T) => T): T[] {
  const groups = new Map<string, T>();
  for (const r of records) {
    const k = key(r);
    const seen = groups.get(k);
    groups.set(k, seen ? { ...merge(seen, r), count: (seen.count ?? 1) + (r.count ?? 1) } : { ...r, count: r.count ?? 1 });
  }
  return [...groups.values()];
}

/** The grouping loadReportRecordCounts does in SQL: a date only by its position relative to the period. */
function countsOf(records: ReportRecords, p: ReportPeriod): ReportRecords {
  const position = (d: string | null) => (d === null ? 'none' : d < p.from ? 'before' : d <= p.to ? 'within' : 'after');
  const within = <T extends { date: string }>(r: T) => r.date >= p.from && r.date <= p.to;
  return {
    letters: grouped(
      records.letters.filter((l) => l.receivedDate <= p.to),
      ({ receivedDate, handledDate, count, ...rest }) => JSON.stringify([position(receivedDate), position(handledDate), rest, count]),
      (a, b) => ({ ...a, receivedDate: minOf(a.receivedDate, b.receivedDate) ?? a.receivedDate, handledDate: minOf(a.handledDate, b.handledDate) }),
    ),
    visits: grouped<ReportVisit>(records.visits.filter(within), ({ date: _date, count, ...rest }) => JSON.stringify([rest, count]), (a, b) => ({ ...a, date: minOf(a.date, b.date) ?? a.date })),
    sessions: grouped<ReportSession>(records.sessions.filter((s) => within(s) && !s.isCancelled), ({ date: _date, count, ...rest }) => JSON.stringify([rest, count]), (a, b) => ({ ...a, date: minOf(a.date, b.date) ?? a.date })),
  };
}

describe('records standing for several register lines (count)', () => {
  it('property: grouping lines by what the measures read, dates by their position in the period, leaves every form unchanged', () => {
    fc.assert(
      fc.property(recordsArb, fc.constantFrom(...periodsOfYear(2026, defaultReportCutOffRules)), (records, period) => {
        const counts = countsOf(records, period);
        for (const form of [form01Tcd, form02Xld]) {
          expect(computeForm(form, counts, period, options).rows).toEqual(computeForm(form, records, period, options).rows);
        }
      }),
    );
  });

  it('weighs a record by its count in every kind of column', () => {
    const period = periodsOfYear(2026, defaultReportCutOffRules)[3];
    if (!period) throw new Error('no year period');
    const visit: ReportVisit = { unitId: 'thanh-tra', date: '2026-04-02', kind: 'regular', headReception: null, persons: 3, isGroup: false, isRepeat: false, matterCount: 1, count: 4 };
    const session: ReportSession = { unitId: 'thanh-tra', date: '2026-04-02', kind: 'periodic', headReception: 'in_person', isCancelled: false, count: 5 };
    const table = computeForm(form01Tcd, { visits: [visit], sessions: [session], letters: [] }, period, options);
    expect(table.total.slice(0, 3)).toEqual([4, 12, 4]);
    expect(table.total[11]).toBe(5);
  });
});
