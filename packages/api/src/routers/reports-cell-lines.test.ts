import { DEMO_AGENCY_ID, loadReportRecords, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { defaultReportCutOffRules, defaultReportForms, leafColumns, recordsBehindCell, resolveReportPeriod, type WeightedReportRecord } from '@kntc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportEdgeCases } from '../testing/report-register-fixture.js';
import { callerAs } from '../testing/caller.js';

/*
 * reports.cell reads a page of the lines of the groups the domain counts. Here every cell is also
 * opened the plain way, every register line of the period weighed by the domain and sorted by date,
 * number and id, on registers with lines carried over, on every period boundary, split, merged,
 * destroyed and of every classification: both must list the same lines, in the same order, with
 * the same weights.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  await seedReportEdgeCases(handle.db, DEMO_AGENCY_ID);
}, 180_000);
afterAll(() => handle.close());

const at = () => new Date('2026-12-20T03:00:00Z');
const referenceOrder = new Intl.Collator('vi', { numeric: true });
const dateOf = (r: WeightedReportRecord) => (r.source === 'letter' ? r.record.receivedDate : r.record.date);

/** Every line behind a cell, weighed line by line, in the register's order. */
async function plainCell(formCode: string, period: Parameters<typeof resolveReportPeriod>[0], column: number) {
  const form = defaultReportForms.find((f) => f.code === formCode);
  if (!form) throw new Error(formCode);
  const range = resolveReportPeriod(period, defaultReportCutOffRules);
  const records = await loadReportRecords(handle.db, { agencyId: DEMO_AGENCY_ID, from: range.from, to: range.to, summaries: false });
  const cell = recordsBehindCell(form, column, records, range, { units: [{ id: DEMO_AGENCY_ID, name: 'Sở' }] });
  return [...cell.records]
    .sort((a, b) => {
      const [da, db] = [dateOf(a), dateOf(b)];
      const [ra, rb] = [a.record.ref, b.record.ref];
      return da < db ? -1 : da > db ? 1 : referenceOrder.compare(ra?.reference ?? '', rb?.reference ?? '') || ((ra?.id ?? '') < (rb?.id ?? '') ? -1 : 1);
    })
    .map((r) => ({ id: r.record.ref?.id, weight: r.weight }));
}

describe('a cell lists the lines the domain counts among all the register lines of the period', () => {
  const periods = [{ kind: 'year', year: 2026 } as const, { kind: 'quarter_1', year: 2026 } as const];
  for (const form of defaultReportForms) {
    for (const period of periods) {
      it(`${form.code}, ${period.kind} 2026: every column`, async () => {
        const leader = await callerAs(handle, 'giamdoc', { now: at });
        for (const column of leafColumns(form.columns)) {
          const expected = await plainCell(form.code, period, column.number);
          const lines: { id: string; weight: number }[] = [];
          let total = 0;
          for (let page = 1; page === 1 || lines.length < total; page++) {
            const cell = await leader.reports.cell({ formCode: form.code, period, column: column.number, page, perPage: 200 });
            total = cell.total;
            if (cell.data.length === 0) break;
            lines.push(...cell.data.map((r) => ({ id: r.id, weight: r.weight })));
          }
          expect({ column: column.number, total, lines }).toEqual({ column: column.number, total: expected.length, lines: expected });
        }
      }, 120_000);
    }
  }
});
