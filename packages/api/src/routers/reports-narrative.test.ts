import { DEMO_AGENCY_ID, selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { docxText, formatCount as n, formatPercent, REPORT_PLACEHOLDER } from '@kntc/documents';
import { columnValue } from '@kntc/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { seedReportEdgeCases } from '../testing/report-register-fixture.js';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  await seedReportEdgeCases(handle.db, DEMO_AGENCY_ID);
}, 180_000);
afterAll(() => handle.close());

const at = () => new Date('2026-12-20T03:00:00Z');
const FROM = '2025-12-15';
const TO = '2026-12-14';
const year2026 = { kind: 'year', year: 2026 } as const;

async function narrativeText(username = 'giamdoc') {
  const caller = await callerAs(handle, username, { now: at });
  const file = await caller.reports.exportNarrative({ year: 2026 });
  return { file, text: await docxText(Buffer.from(file.base64, 'base64')) };
}

/** Cases of the year by plain SQL: resolved = decision or conclusion signed, or terminated (closed without one). */
async function caseFiguresBySql(kinds: string[]) {
  const resolved = sql`coalesce(signed_date, case when status = 'terminated' then closed_date end)`;
  const inPeriod = sql`accepted_date <= ${TO} and (accepted_date >= ${FROM} or ${resolved} is null or ${resolved} >= ${FROM})`;
  const done = sql`${resolved} <= ${TO}`;
  const [row] = await selectRows<Record<string, number>>(
    handle.db,
    sql`select (count(*) filter (where accepted_date < ${FROM}))::int as "carriedOver",
               (count(*) filter (where accepted_date >= ${FROM}))::int as accepted,
               count(*)::int as "toResolve",
               (count(*) filter (where ${done}))::int as resolved,
               (count(*) filter (where ${done} and (due_date is null or ${resolved} <= due_date)))::int as "resolvedOnTime",
               (count(*) filter (where ${done} and ${resolved} > due_date))::int as "resolvedLate",
               (count(*) filter (where not coalesce(${done}, false)))::int as pending,
               (count(*) filter (where not coalesce(${done}, false) and due_date < ${TO}))::int as "pendingOverdue"
        from cases where agency_id = ${DEMO_AGENCY_ID} and kind in ${sql.raw(`('${kinds.join("', '")}')`)} and ${inPeriod}`,
  );
  if (!row) throw new Error('no case figures');
  return row;
}

describe('reports.exportNarrative', () => {
  it('states the year\'s 01/TCD and 02/XLD totals as reports.form computes them', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const tcd = (await leader.reports.form({ formCode: '01/TCD', period: year2026 })).total;
    const xld = (await leader.reports.form({ formCode: '02/XLD', period: year2026 })).total;
    const t = (c: number) => n(columnValue(tcd, c));
    const x = (c: number) => n(columnValue(xld, c));
    const { file, text } = await narrativeText();
    expect(file.fileName).toBe('bao-cao-du-thao-BC-SNV-2026.docx');
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');

    expect(text).toContain(`tiếp ${t(1)} lượt với ${t(2)} người đến trình bày ${t(3)} vụ việc, trong đó ${n(columnValue(tcd, 8) + columnValue(tcd, 16) + columnValue(tcd, 21))} đoàn đông người;`);
    expect(text).toContain(`Tiếp công dân thường xuyên: ${t(4)} lượt, ${t(5)} người, ${n(columnValue(tcd, 6) + columnValue(tcd, 7))} vụ việc (tiếp lần đầu ${t(6)} vụ việc, tiếp nhiều lần ${t(7)} vụ việc); trong đó ${t(8)} đoàn đông người với ${t(9)} người.`);
    expect(text).toContain(`Giám đốc Sở Nội vụ trực tiếp tiếp ${t(12)} kỳ, ${t(13)} lượt, ${t(14)} người, ${t(15)} vụ việc, ${t(16)} đoàn đông người; người được ủy quyền tiếp ${t(17)} kỳ, ${t(18)} lượt, ${t(19)} người, ${t(20)} vụ việc, ${t(21)} đoàn đông người.`);
    expect(text).toContain(`Tổng cộng: ${t(1)} lượt, ${t(2)} người, ${t(3)} vụ việc (số liệu chi tiết tại Biểu số 01/TCD kèm theo).`);

    expect(text).toContain(`Tổng số đơn khiếu nại phải xử lý: ${x(1)} đơn (kỳ trước chuyển sang ${x(2)} đơn, tiếp nhận trong kỳ ${x(3)} đơn); đã xử lý ${x(4)} đơn; đủ điều kiện xử lý ${x(5)} đơn, ${x(6)} vụ việc.`);
    const admin = columnValue(xld, 7) + columnValue(xld, 8) + columnValue(xld, 9);
    expect(text).toContain(`lĩnh vực hành chính ${n(admin)} đơn (chế độ, chính sách ${x(7)} đơn; đất đai, nhà cửa ${x(8)} đơn; khác ${x(9)} đơn); lĩnh vực tư pháp ${x(10)} đơn; về Đảng, đoàn thể ${x(11)} đơn; lĩnh vực khác ${x(12)} đơn.`);
    expect(text).toContain(`thuộc thẩm quyền ${n(columnValue(xld, 17) + columnValue(xld, 18))} đơn (lần đầu ${x(17)} đơn, lần hai ${x(18)} đơn); không thuộc thẩm quyền ${n(columnValue(xld, 19) + columnValue(xld, 20))} đơn, trong đó hướng dẫn ${x(19)} đơn, chuyển đơn, đôn đốc ${x(20)} đơn`);
    // Section I's complaint letters are 02/XLD's letters received in the period.
    expect(text).toMatch(new RegExp(`tiếp nhận [\\d.]+ đơn các loại, gồm ${x(3)} đơn khiếu nại,`, 'u'));
    expect(columnValue(tcd, 1)).toBeGreaterThan(0);
    expect(columnValue(xld, 1)).toBeGreaterThan(0);
  });

  it('states the letters received by kind and the cases accepted, resolved on time or late, as the registers hold them', async () => {
    const [letters] = await selectRows<Record<string, number>>(
      handle.db,
      sql`select count(*)::int as total, (count(*) filter (where kind = 'denunciation'))::int as denunciation,
                 (count(*) filter (where kind = 'recommendation'))::int as recommendation, (count(*) filter (where kind = 'mixed'))::int as mixed
          from petitions where agency_id = ${DEMO_AGENCY_ID} and status not in ('draft', 'split', 'duplicate') and received_date between ${FROM} and ${TO}`,
    );
    const { text } = await narrativeText();
    expect(text).toMatch(new RegExp(`tiếp nhận ${n(letters?.total ?? -1)} đơn các loại, gồm [\\d.]+ đơn khiếu nại, ${n(letters?.denunciation ?? -1)} đơn tố cáo, ${n(letters?.recommendation ?? -1)} đơn kiến nghị, phản ánh và ${n(letters?.mixed ?? -1)} đơn có nhiều nội dung.`, 'u'));
    for (const [what, kinds] of [['khiếu nại', ['complaint_first', 'complaint_second']], ['tố cáo', ['denunciation']]] as const) {
      const c = await caseFiguresBySql([...kinds]);
      const share = formatPercent(c.resolved ?? 0, c.toResolve ?? 0);
      expect(text).toContain(
        `Tổng số vụ việc ${what} phải giải quyết: ${n(c.toResolve ?? -1)} vụ việc (kỳ trước chuyển sang ${n(c.carriedOver ?? -1)} vụ việc, thụ lý mới ${n(c.accepted ?? -1)} vụ việc); ` +
          `đã giải quyết ${n(c.resolved ?? -1)} vụ việc${share === null ? '' : ` (đạt ${share})`}, trong đó đúng thời hạn ${n(c.resolvedOnTime ?? -1)} vụ việc, quá thời hạn ${n(c.resolvedLate ?? -1)} vụ việc; ` +
          `đang giải quyết ${n(c.pending ?? -1)} vụ việc, trong đó quá thời hạn ${n(c.pendingOverdue ?? -1)} vụ việc.`,
      );
    }
    expect((await caseFiguresBySql(['complaint_first', 'complaint_second'])).toResolve).toBeGreaterThan(0);
  });

  it('is a draft for the director: agency header, title, sections to complete, the director\'s signature, and it is audited', async () => {
    const { text } = await narrativeText('chanhthanhtra');
    const lines = text.split('\n');
    expect(lines.slice(0, 2)).toEqual(['UBND TỈNH KON TUM', 'SỞ NỘI VỤ']);
    for (const line of ['Số:      /BC-SNV', 'Kon Tum, ngày 20 tháng 12 năm 2026', 'BÁO CÁO', 'Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm 2026', 'GIÁM ĐỐC', 'Trần Quốc Bảo']) {
      expect(lines).toContain(line);
    }
    expect(lines.filter((l) => /^V?I{0,3}V?\. /u.test(l))).toHaveLength(7);
    expect(text).toContain(`Ưu điểm: ${REPORT_PLACEHOLDER}`);
    const [entry] = await selectRows<{ action: string; note: string }>(handle.db, sql`select action, note from audit_log order by seq desc limit 1`);
    expect(entry).toEqual({ action: 'reports.exportNarrative', note: `Báo cáo năm 2026 (${FROM} – ${TO})` });
  });

  it('is refused to roles without report.read, and for a year outside the reporting rules', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at });
    expect((await outcomeOf(officer.reports.exportNarrative({ year: 2026 }))).slice(0, 9)).toBe('FORBIDDEN');
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    expect(await outcomeOf(leader.reports.exportNarrative({ year: 1999 }))).toBe('BAD_REQUEST: Năm báo cáo từ 2000 đến 2100.');
    const fractional = await leader.reports.exportNarrative({ year: 2026.5 }).then(
      () => null,
      (e: unknown) => (e instanceof TRPCError ? e : null),
    );
    expect(fractional?.code).toBe('BAD_REQUEST');
    expect(fractional ? fieldErrorsOf(fractional) : null).toEqual({ year: 'Năm báo cáo phải là số nguyên.' });
  });
});
