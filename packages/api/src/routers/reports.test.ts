import { DEMO_AGENCY_ID, selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { columnValue, form01Tcd, form02Xld, leafColumns } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerDepth, REPORT_HEADER_ROWS, UNIT_COLUMN_HEADER } from '../reports/report-workbook.js';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

const at = () => new Date('2026-12-20T03:00:00Z');
// The seed rule's report year 2026: 15/12/2025 – 14/12/2026.
const YEAR_FROM = '2025-12-15';
const YEAR_TO = '2026-12-14';
const year2026 = { kind: 'year', year: 2026 } as const;

const countOf = async (query: ReturnType<typeof sql>) => (await selectRows<{ n: number }>(handle.db, query))[0]?.n ?? -1;
// Drafts, split letters (counted through their items) and duplicates (merged into the letter they repeat) are not report letters.
const reportLetter = sql`agency_id = ${DEMO_AGENCY_ID} and status not in ('draft', 'split', 'duplicate')`;

describe('reports.form on the demo year', () => {
  it('02/XLD: the received, carried-over and to-process columns are the register counts', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const table = await leader.reports.form({ formCode: '02/XLD', period: year2026 });
    expect(table.period).toMatchObject({ from: YEAR_FROM, to: YEAR_TO, label: 'Năm 2026' });
    expect(table.rows).toHaveLength(1);
    const received = await countOf(
      sql`select count(*)::int as n from petitions where ${reportLetter} and kind = 'complaint' and received_date between ${YEAR_FROM} and ${YEAR_TO}`,
    );
    const carried = await countOf(
      sql`select count(*)::int as n from petitions where ${reportLetter} and kind = 'complaint' and received_date < ${YEAR_FROM} and (handled_date is null or handled_date >= ${YEAR_FROM})`,
    );
    const processed = await countOf(
      sql`select count(*)::int as n from petitions where ${reportLetter} and kind = 'complaint' and received_date <= ${YEAR_TO} and handled_date between ${YEAR_FROM} and ${YEAR_TO}`,
    );
    // Without a classification (tombstones, the demo's letters) an accepted, guided or transferred letter was eligible.
    const eligibleLetter = sql`(case when classification is null then status in ('accepted', 'guided', 'transferred', 'urged') else jsonb_array_length(classification->'failedConditions') = 0 end)`;
    const [eligible] = await selectRows<{ n: number; accepted: number; guided: number }>(
      handle.db,
      sql`select count(*)::int as n, (count(*) filter (where status = 'accepted'))::int as accepted, (count(*) filter (where status = 'guided'))::int as guided
          from petitions where ${reportLetter} and kind = 'complaint' and received_date <= ${YEAR_TO} and handled_date between ${YEAR_FROM} and ${YEAR_TO} and ${eligibleLetter}`,
    );
    expect(received).toBeGreaterThan(0);
    expect(eligible?.n).toBeGreaterThan(0);
    expect(columnValue(table.total, 5)).toBe(eligible?.n);
    expect(columnValue(table.total, 17) + columnValue(table.total, 18)).toBe(eligible?.accepted);
    expect(columnValue(table.total, 19)).toBe(eligible?.guided);
    expect(columnValue(table.total, 3)).toBe(received);
    expect(columnValue(table.total, 2)).toBe(carried);
    expect(columnValue(table.total, 1)).toBe(received + carried);
    expect(columnValue(table.total, 4)).toBe(processed);
    expect(table.rows[0]?.values).toEqual(table.total);
  });

  it('02/XLD over quý I carries over the letters still open at its start', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const q1 = await leader.reports.form({ formCode: '02/XLD', period: { kind: 'custom', from: '2026-04-01', to: '2026-06-30' } });
    const carried = await countOf(
      sql`select count(*)::int as n from petitions where ${reportLetter} and kind = 'complaint' and received_date < '2026-04-01' and (handled_date is null or handled_date >= '2026-04-01')`,
    );
    expect(carried).toBeGreaterThan(0);
    expect(columnValue(q1.total, 2)).toBe(carried);
  });

  it('01/TCD: total visits, persons and the head in person sessions are the register counts', async () => {
    const leader = await callerAs(handle, 'chanhthanhtra', { now: at });
    const table = await leader.reports.form({ formCode: '01/TCD', period: year2026 });
    const [visits] = await selectRows<{ n: number; persons: number }>(
      handle.db,
      sql`select count(*)::int as n, coalesce(sum(headcount), 0)::int as persons from reception_visits where agency_id = ${DEMO_AGENCY_ID} and visit_date between ${YEAR_FROM} and ${YEAR_TO}`,
    );
    const sessions = await countOf(
      sql`select count(*)::int as n from reception_sessions where agency_id = ${DEMO_AGENCY_ID} and cancelled_at is null and host_mode = 'in_person' and date between ${YEAR_FROM} and ${YEAR_TO}`,
    );
    expect(visits?.n).toBeGreaterThan(0);
    expect(columnValue(table.total, 1)).toBe(visits?.n);
    expect(columnValue(table.total, 2)).toBe(visits?.persons);
    expect(columnValue(table.total, 12)).toBe(sessions);
  });

  it('01/TCD counts the head\'s sessions held in the period, not the cancelled ones', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const period = { kind: 'custom', from: '2026-12-01', to: '2027-01-31' } as const;
    const table = await leader.reports.form({ formCode: '01/TCD', period });
    const sessions = await countOf(
      sql`select count(*)::int as n from reception_sessions where agency_id = ${DEMO_AGENCY_ID} and cancelled_at is null and host_mode = 'in_person' and date between ${period.from} and ${period.to}`,
    );
    expect(sessions).toBeGreaterThan(0);
    expect(columnValue(table.total, 12)).toBe(sessions);
    expect(columnValue(table.total, 17)).toBe(0);
  });

  it('refuses an unknown form and a period ending before it starts', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    expect(await outcomeOf(leader.reports.form({ formCode: '99/XYZ', period: year2026 }))).toBe('NOT_FOUND: Không có biểu mẫu báo cáo "99/XYZ".');
    expect(await outcomeOf(leader.reports.form({ formCode: '01/TCD', period: { kind: 'custom', from: '2026-05-01', to: '2026-04-01' } }))).toMatch(/^BAD_REQUEST: .*Ngày kết thúc/);
  });

  it('is read by leaders, inspectors and the auditor, not by the reception officer or the system administrator', async () => {
    const outcomes: Record<string, string> = {};
    for (const user of ['giamdoc', 'chanhthanhtra', 'thanhtravien', 'kiemtra', 'tiepdan', 'quantri']) {
      const caller = await callerAs(handle, user, { now: at });
      outcomes[user] = (await outcomeOf(caller.reports.form({ formCode: '01/TCD', period: year2026 }))).slice(0, 9);
    }
    expect(outcomes).toEqual({ giamdoc: 'OK', chanhthanhtra: 'OK', thanhtravien: 'OK', kiemtra: 'OK', tiepdan: 'FORBIDDEN', quantri: 'FORBIDDEN' });
  });
});

describe('reports.exportXlsx', () => {
  for (const form of [form01Tcd, form02Xld]) {
    it(`writes ${form.code} with its header tree, numbered columns, rows and total as computed, and is audited`, async () => {
      const leader = await callerAs(handle, 'giamdoc', { now: at });
      const table = await leader.reports.form({ formCode: form.code, period: year2026 });
      const file = await leader.reports.exportXlsx({ formCode: form.code, period: year2026 });
      expect(file.fileName).toBe(`bao-cao-${form.code.replace('/', '-').toLowerCase()}-${YEAR_FROM}-${YEAR_TO}.xlsx`);

      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('no sheet');
      const text = (r: number, c: number) => String(sheet.getCell(r, c).value ?? '');
      expect(text(1, 1)).toContain('SỞ NỘI VỤ');
      expect(text(1, Math.floor((table.columns.length + 1) / 2) + 1)).toBe(`Biểu số ${form.code}`);
      expect(text(2, 1)).toBe(form.title.toLocaleUpperCase('vi'));
      expect(text(3, 1)).toBe('Kỳ báo cáo: Năm 2026 (từ ngày 15/12/2025 đến ngày 14/12/2026)');

      const top = REPORT_HEADER_ROWS + 1;
      const depth = headerDepth(form.columns);
      expect(text(top, 1)).toBe(UNIT_COLUMN_HEADER);
      // The first group spans its leaves as one merged cell; each leaf's header sits above its number.
      const firstGroup = form.columns[0];
      expect(firstGroup && 'children' in firstGroup ? text(top, 2) : '').toBe(firstGroup?.header);
      expect(sheet.getCell(top, 3).isMerged).toBe(true);
      for (const leaf of leafColumns(form.columns)) {
        const headers = Array.from({ length: depth }, (_, level) => text(top + level, leaf.number + 1));
        expect(headers).toContain(leaf.header);
      }

      const numbers = top + depth;
      const numbered = Array.from({ length: table.columns.length }, (_, i) => sheet.getCell(numbers, i + 2).value);
      expect(numbered).toEqual(table.columns.map((c) => c.number));
      const rowValues = (r: number) => Array.from({ length: table.columns.length }, (_, i) => sheet.getCell(r, i + 2).value);
      expect(text(numbers + 1, 1)).toBe(table.rows[0]?.label);
      expect(rowValues(numbers + 1)).toEqual(table.rows[0]?.values);
      expect(text(numbers + 2, 1)).toBe('Tổng cộng');
      expect(rowValues(numbers + 2)).toEqual(table.total);
      expect(text(numbers + 3, 1)).toBe('');

      const [entry] = await selectRows<{ action: string; note: string }>(handle.db, sql`select action, note from audit_log order by seq desc limit 1`);
      expect(entry).toEqual({ action: 'reports.exportXlsx', note: `Biểu ${form.code}, Năm 2026 (${YEAR_FROM} – ${YEAR_TO})` });
    });
  }
});
