import { DEMO_AGENCY_ID, selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { dashboardTableIds, dashboardTables, monthLabel, openCaseStatuses, type PetitionKind } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DASHBOARD_SHEET_HEADER_ROWS, dashboardSheetNames } from '../reports/dashboard-workbook.js';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

// Monday 30/11/2026 in Vietnam; the demo letters run to 27/11/2026.
const TODAY = '2026-11-30';
const at = () => new Date('2026-11-30T03:00:00Z');
const thisYear = { from: '2026-01-01', to: TODAY };
const INSPECTION_UNIT = sql`(select unit_id from users where username = 'thanhtravien')`;

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => selectRows<T>(handle.db, query);
const registerLetter = sql`p.agency_id = ${DEMO_AGENCY_ID} and p.status not in ('draft', 'split', 'duplicate')`;
const openCases = sql.raw(openCaseStatuses.map((s) => `'${s}'`).join(', '));

describe('dashboard.summary against plain SQL counts', () => {
  it('letters received by month and kind', async () => {
    const s = await (await callerAs(handle, 'giamdoc', { now: at })).dashboard.summary(thisYear);
    const counted = await rows<{ month: string; kind: PetitionKind; n: number }>(
      sql`select to_char(p.received_date, 'YYYY-MM') as month, p.kind, count(*)::int as n from petitions p
          where ${registerLetter} and p.received_date between ${thisYear.from} and ${thisYear.to} group by 1, 2`,
    );
    expect(counted.length).toBeGreaterThan(3);
    expect(s.months).toHaveLength(11);
    for (const m of s.lettersByMonth) {
      for (const kind of ['complaint', 'denunciation', 'recommendation', 'mixed'] as const) {
        expect([m.month, kind, m[kind]]).toEqual([m.month, kind, counted.find((c) => c.month === m.month && c.kind === kind)?.n ?? 0]);
      }
    }
    expect(s.totals.lettersReceived).toBe(counted.reduce((sum, c) => sum + c.n, 0));
  });

  it('letters handled and handled on time, cases resolved and resolved on time, by month', async () => {
    const s = await (await callerAs(handle, 'giamdoc', { now: at })).dashboard.summary(thisYear);
    const letters = await rows<{ month: string; n: number; onTime: number }>(
      sql`select to_char(p.handled_date, 'YYYY-MM') as month, count(*)::int as n,
            (count(*) filter (where p.handled_due_date is not null and p.handled_date <= p.handled_due_date))::int as "onTime"
          from petitions p where ${registerLetter} and p.handled_date between ${thisYear.from} and ${thisYear.to} group by 1`,
    );
    const cases = await rows<{ month: string; n: number; onTime: number }>(
      sql`select to_char(signed_date, 'YYYY-MM') as month, count(*)::int as n, (count(*) filter (where signed_date <= due_date))::int as "onTime"
          from cases where agency_id = ${DEMO_AGENCY_ID} and signed_date between ${thisYear.from} and ${thisYear.to} group by 1`,
    );
    expect(letters.reduce((sum, r) => sum + r.n - r.onTime, 0)).toBeGreaterThan(0);
    expect(s.onTimeByMonth.map((m) => [m.month, m.lettersHandled, m.lettersOnTime, m.casesResolved, m.casesOnTime])).toEqual(
      s.months.map((month) => {
        const l = letters.find((r) => r.month === month);
        const c = cases.find((r) => r.month === month);
        return [month, l?.n ?? 0, l?.onTime ?? 0, c?.n ?? 0, c?.onTime ?? 0];
      }),
    );
    const handled = letters.reduce((sum, r) => sum + r.n, 0);
    expect(s.totals.letterRate).toBeCloseTo(letters.reduce((sum, r) => sum + r.onTime, 0) / handled, 10);
  });

  it('open cases by stage, overdue and due-soon counts as of today', async () => {
    const s = await (await callerAs(handle, 'giamdoc', { now: at })).dashboard.summary(thisYear);
    const stages = await rows<{ status: string; n: number }>(
      sql`select status, count(*)::int as n from cases where agency_id = ${DEMO_AGENCY_ID} and status in (${openCases}, 'suspended') group by 1`,
    );
    expect(stages.length).toBeGreaterThan(0);
    expect(s.openCasesByStage.filter((r) => r.count > 0).map((r) => [r.status, r.count]).sort()).toEqual(stages.map((r) => [r.status, r.n]).sort());
    const [overdue] = await rows<{ n: number; first: string }>(
      sql`select count(*)::int as n, min(due) as first from (
            select due_date::text as due from petitions where agency_id = ${DEMO_AGENCY_ID} and status in ('registered', 'classified', 'pending_approval') and due_date < ${TODAY}
            union all
            select due_date::text from cases where agency_id = ${DEMO_AGENCY_ID} and status in (${openCases}) and due_date < ${TODAY}) late`,
    );
    expect(s.totals.overdue).toBe(overdue?.n);
    expect(s.overdue.total).toBe(overdue?.n);
    expect(s.overdue.items[0]?.dueDate).toBe(overdue?.first);
    expect(s.overdue.items.length).toBe(Math.min(10, overdue?.n ?? 0));
    const [open] = await rows<{ letters: number }>(
      sql`select count(*)::int as letters from petitions where agency_id = ${DEMO_AGENCY_ID} and status in ('registered', 'classified', 'pending_approval')`,
    );
    expect(s.totals.openLetters).toBe(open?.letters);
    expect(s.totals.openLetters).toBeGreaterThan(0);
  });

  it('visits, group visits and repeat visits by month', async () => {
    const period = { from: '2025-12-01', to: TODAY };
    const s = await (await callerAs(handle, 'kiemtra', { now: at })).dashboard.summary(period);
    const visits = await rows<{ month: string; n: number; persons: number; groups: number; repeats: number }>(
      sql`select to_char(visit_date, 'YYYY-MM') as month, count(*)::int as n, sum(headcount)::int as persons,
            (count(*) filter (where is_group))::int as groups, (count(*) filter (where is_repeat))::int as repeats
          from reception_visits where agency_id = ${DEMO_AGENCY_ID} and visit_date between ${period.from} and ${period.to} group by 1`,
    );
    expect(visits.reduce((sum, v) => sum + v.n, 0)).toBeGreaterThan(0);
    expect(s.visitsByMonth.map((m) => [m.month, m.visits, m.persons, m.groupVisits, m.repeatVisits])).toEqual(
      s.months.map((month) => {
        const v = visits.find((r) => r.month === month);
        return [month, v?.n ?? 0, v?.persons ?? 0, v?.groups ?? 0, v?.repeats ?? 0];
      }),
    );
  });

  it('a shorter period counts fewer letters; one unit counts the letters its officials handle', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const year = await leader.dashboard.summary(thisYear);
    const quarter = await leader.dashboard.summary({ from: '2026-10-01', to: TODAY });
    expect(quarter.months).toEqual(['2026-10', '2026-11']);
    expect(quarter.totals.lettersReceived).toBeLessThan(year.totals.lettersReceived);
    expect(quarter.lettersByMonth).toEqual(year.lettersByMonth.slice(-2));

    const [unit] = await rows<{ id: string }>(sql`select ${INSPECTION_UNIT} as id`);
    if (!unit) throw new Error('no unit');
    const inspection = await leader.dashboard.summary({ ...thisYear, unitId: unit.id });
    const [letters] = await rows<{ n: number }>(
      sql`select count(*)::int as n from petitions p
          left join cases c on c.petition_id = p.id left join users co on co.id = c.assignee_id
          left join users pu on pu.id = p.proposed_by left join users ru on ru.id = p.created_by
          where ${registerLetter} and p.received_date between ${thisYear.from} and ${thisYear.to} and coalesce(co.unit_id, pu.unit_id, ru.unit_id) = ${unit.id}`,
    );
    expect(letters?.n).toBeGreaterThan(0);
    expect(inspection.totals.lettersReceived).toBe(letters?.n);
    expect(inspection.unitId).toBe(unit.id);
  });

  it('the plan of the period\'s year with its items\' statuses today, as the plan progress view counts them; none for a year without one', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const s = await leader.dashboard.summary({ from: '2024-01-01', to: '2024-12-31' });
    const view = await leader.planProgress.summary({ year: 2024 });
    expect(s.plan?.year).toBe(2024);
    expect(s.plan?.plans.map((p) => p.number)).toEqual(view.plans.map((p) => p.number));
    expect(s.plan?.progress).toEqual(view.progress);
    const [items] = await rows<{ n: number }>(sql`select count(*)::int as n from plan_items i join annual_plans p on p.id = i.plan_id where p.year = 2024 and p.agency_id = ${DEMO_AGENCY_ID}`);
    expect(s.plan?.progress.total).toBe(items?.n);
    expect(dashboardTables(s).plan_progress.total).toEqual(['Tổng cộng', items?.n, 1]);
    const before = await leader.dashboard.summary({ from: '2023-01-01', to: '2023-12-31' });
    expect(before.plan).toBeNull();
    expect(dashboardTables(before).plan_progress.rows).toEqual([]);
  });

  it('refuses a reversed period and a unit of no agency with field errors', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    await expect(leader.dashboard.summary({ from: '2026-05-01', to: '2026-04-01' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(leader.dashboard.summary({ from: '2023-01-01', to: TODAY })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await outcomeOf(leader.dashboard.summary({ ...thisYear, unitId: '00000000-0000-4000-8000-000000000000' }))).toBe('BAD_REQUEST: Đơn vị không thuộc cơ quan.');
  });

  it('is read by leaders, inspectors and the auditor, not by the reception officer or the system administrator', async () => {
    const outcomes: Record<string, string> = {};
    for (const user of ['giamdoc', 'phogiamdoc', 'chanhthanhtra', 'thanhtravien', 'kiemtra', 'tiepdan', 'vanthu', 'quantri']) {
      const caller = await callerAs(handle, user, { now: at });
      outcomes[user] = (await outcomeOf(caller.dashboard.summary(thisYear))).slice(0, 9);
    }
    expect(outcomes).toEqual({ giamdoc: 'OK', phogiamdoc: 'OK', chanhthanhtra: 'OK', thanhtravien: 'OK', kiemtra: 'OK', tiepdan: 'FORBIDDEN', vanthu: 'FORBIDDEN', quantri: 'FORBIDDEN' });
  });
});

describe('dashboard.exportXlsx', () => {
  it('writes every chart as a sheet with the summary\'s rows and totals, and is audited', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const summary = await leader.dashboard.summary(thisYear);
    const tables = dashboardTables(summary);
    const file = await leader.dashboard.exportXlsx(thisYear);
    expect(file.fileName).toBe('bang-dieu-khien-2026-01-01-2026-11-30.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(dashboardTableIds.map((id) => dashboardSheetNames[id]));
    const top = DASHBOARD_SHEET_HEADER_ROWS + 1;
    for (const id of dashboardTableIds) {
      const sheet = workbook.getWorksheet(dashboardSheetNames[id]);
      if (!sheet) throw new Error(`no sheet ${id}`);
      const table = tables[id];
      const values = (r: number) => table.columns.map((_, c) => sheet.getCell(r, c + 1).value ?? null);
      expect(String(sheet.getCell(1, 1).value)).toContain('SỞ NỘI VỤ');
      expect(sheet.getCell(3, 1).value).toBe('Từ ngày 01/1/2026 đến ngày 30/11/2026 · Đơn vị: Toàn cơ quan');
      expect(values(top)).toEqual(table.columns.map((c) => c.label));
      table.rows.forEach((row, r) => expect(values(top + 1 + r)).toEqual(row));
      if (table.total) expect(values(top + 1 + table.rows.length)).toEqual(table.total);
    }
    const letters = workbook.getWorksheet(dashboardSheetNames.letters_by_month);
    expect(letters?.getCell(top + 1, 1).value).toBe(monthLabel('2026-01'));
    expect(letters?.getCell(top + 12, 6).value).toBe(summary.totals.lettersReceived);
    expect(workbook.getWorksheet(dashboardSheetNames.on_time_by_month)?.getCell(top + 1, 4).numFmt).toBe('0.0%');

    const [entry] = await rows<{ action: string; note: string }>(sql`select action, note from audit_log order by seq desc limit 1`);
    expect(entry).toEqual({ action: 'dashboard.exportXlsx', note: 'Bảng điều khiển, 2026-01-01 – 2026-11-30, toàn cơ quan' });
  });

  it('writes only the chart asked for, under its own name, and names it in the audit log', async () => {
    const leader = await callerAs(handle, 'chanhthanhtra', { now: at });
    const summary = await leader.dashboard.summary(thisYear);
    const file = await leader.dashboard.exportXlsx({ ...thisYear, tableId: 'overdue' });
    expect(file.fileName).toBe('bang-dieu-khien-overdue-2026-01-01-2026-11-30.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Quá hạn']);
    const sheet = workbook.worksheets[0];
    const top = DASHBOARD_SHEET_HEADER_ROWS + 1;
    expect(sheet?.getCell(4, 1).value).toBe('Số liệu tại ngày 30/11/2026');
    expect(sheet?.getCell(top + 1, 2).value).toBe(summary.overdue.items[0]?.number);
    const [entry] = await rows<{ note: string }>(sql`select note from audit_log order by seq desc limit 1`);
    expect(entry?.note).toBe('Đơn, vụ việc quá hạn, 2026-01-01 – 2026-11-30, toàn cơ quan');
  });

  it('is refused to the reception officer, and leaves no audit row then', async () => {
    const [before] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'dashboard.exportXlsx'`);
    const officer = await callerAs(handle, 'tiepdan', { now: at });
    expect((await outcomeOf(officer.dashboard.exportXlsx(thisYear))).slice(0, 9)).toBe('FORBIDDEN');
    const [after] = await rows<{ n: number }>(sql`select count(*)::int as n from audit_log where action = 'dashboard.exportXlsx'`);
    expect(after?.n).toBe(before?.n);
  });
});
