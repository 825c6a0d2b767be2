import { createHash } from 'node:crypto';
import { selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { columnValue } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);
const year2026 = { kind: 'year', year: 2026 } as const;
const countRows = async (formCode: string, from: string) =>
  (await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from filed_reports where form_code = ${formCode} and period_from = ${from}`))[0]?.n;

/** A complaint received and handled (accepted) inside report year 2026. */
async function handleComplaintOn(day: string) {
  const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
  const head = await callerAs(handle, 'chanhthanhtra', { now: at(day) });
  let p = await officer.petitions.create({
    receivedDate: day,
    channel: 'post',
    kind: 'complaint',
    sender: { fullName: 'Mai Văn Sau Chốt', address: '8 Trần Hưng Đạo, Kon Tum' },
    summary: 'Khiếu nại quyết định không xét nâng lương trước thời hạn',
    content: 'Nội dung khiếu nại.',
  });
  p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within', failedConditions: [] } });
  p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
  return head.petitions.approve({ id: p.id, version: p.version });
}

describe('filedReports', () => {
  it('freezes the numbers and the .xlsx as filed: a letter handled afterwards shows as a difference, never in the filing', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-12-10') });
    const computed = await director.reports.form({ formCode: '02/XLD', period: year2026 });
    const filing = await director.filedReports.create({ formCode: '02/XLD', period: year2026, note: '  Báo cáo năm gửi Thanh tra tỉnh  ' });
    expect(filing).toMatchObject({
      formCode: '02/XLD',
      formTitle: 'Tổng hợp kết quả xử lý đơn khiếu nại',
      periodLabel: 'Năm 2026',
      periodFrom: '2025-12-15',
      periodTo: '2026-12-14',
      filedByName: 'Trần Quốc Bảo',
      note: 'Báo cáo năm gửi Thanh tra tỉnh',
      filedAt: new Date('2026-12-10T03:00:00Z'),
    });
    const before = await director.filedReports.getOne({ id: filing.id });
    expect(before.filed).toEqual(computed);
    expect(before.current).toEqual(computed);
    expect(before.differences).toEqual([]);
    const fileBefore = await director.filedReports.download({ id: filing.id });
    expect(fileBefore.fileName).toBe('bao-cao-02-xld-2025-12-15-2026-12-14.xlsx');
    expect(createHash('sha256').update(Buffer.from(fileBefore.base64, 'base64')).digest('hex')).toBe(filing.contentSha256);

    await handleComplaintOn('2026-12-11');

    const after = await director.filedReports.getOne({ id: filing.id });
    expect(after.filed).toEqual(before.filed);
    const fileAfter = await director.filedReports.download({ id: filing.id });
    expect(fileAfter.base64).toBe(fileBefore.base64);
    for (const column of [1, 3, 4, 5]) expect(columnValue(after.current.total, column)).toBe(columnValue(computed.total, column) + 1);
    const received = columnValue(computed.total, 3);
    expect(after.differences).toContainEqual({ rowLabel: 'Tổng cộng', column: 3, header: 'Tiếp nhận trong kỳ', filed: received, current: received + 1 });
    expect(after.differences.filter((d) => d.unitId === undefined).map((d) => d.column)).toEqual([1, 3, 4, 5, 6, 12, 16, 17]);

    const [audit] = await selectRows<{ action: string; entity: string; entity_id: string; note: string }>(
      handle.db,
      sql`select action, entity, entity_id, note from audit_log where action like 'filedReports.%' order by seq`,
    );
    expect(audit).toEqual({ action: 'filedReports.create', entity: 'filed_reports', entity_id: filing.id, note: 'Chốt số liệu Biểu 02/XLD, Năm 2026 (2025-12-15 – 2026-12-14)' });
    const downloads = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_log where action = 'filedReports.download' and entity_id = ${filing.id}`);
    expect(downloads[0]?.n).toBe(2);
  });

  it('refuses to file the same form and period twice, naming the earlier filing; the same days asked as a custom range are the same period', async () => {
    const deputy = await callerAs(handle, 'phogiamdoc', { now: at('2026-12-15') });
    expect(await outcomeOf(deputy.filedReports.create({ formCode: '02/XLD', period: year2026 }))).toBe(
      'CONFLICT: Biểu 02/XLD kỳ Năm 2026 (15/12/2025 – 14/12/2026) đã được chốt số liệu ngày 10/12/2026 bởi Trần Quốc Bảo. Mỗi biểu chỉ nộp một lần cho một kỳ; số liệu thay đổi sau đó được xem ở phần so sánh của báo cáo đã nộp.',
    );
    expect(await outcomeOf(deputy.filedReports.create({ formCode: '02/XLD', period: { kind: 'custom', from: '2025-12-15', to: '2026-12-14' } }))).toMatch(/^CONFLICT: /);
    expect(await countRows('02/XLD', '2025-12-15')).toBe(1);
  });

  it('is filed by the director, deputies and inspectors only; the others who read reports can list and download', async () => {
    const q1 = { kind: 'quarter_1', year: 2026 } as const;
    const outcomes: Record<string, string> = {};
    for (const user of ['chanhthanhtra', 'kiemtra', 'tiepdan', 'quantri', 'thanhtravien']) {
      const caller = await callerAs(handle, user, { now: at('2026-03-20') });
      outcomes[user] = (await outcomeOf(caller.filedReports.create({ formCode: '01/TCD', period: q1 }))).split(':')[0] ?? '';
    }
    expect(outcomes).toEqual({ chanhthanhtra: 'FORBIDDEN', kiemtra: 'FORBIDDEN', tiepdan: 'FORBIDDEN', quantri: 'FORBIDDEN', thanhtravien: 'OK' });

    const auditor = await callerAs(handle, 'kiemtra', { now: at('2026-12-20') });
    const all = await auditor.filedReports.list({ pagination: { page: 1, perPage: 25 } });
    expect(all.total).toBe(2);
    expect(all.data.map((r) => [r.formCode, r.periodLabel, r.filedByName])).toEqual([
      ['02/XLD', 'Năm 2026', 'Trần Quốc Bảo'],
      ['01/TCD', 'Quý I năm 2026', 'Nguyễn Thị Thu Trang'],
    ]);
    expect((await auditor.filedReports.list({ filter: { formCode: '01/TCD' } })).data.map((r) => r.formCode)).toEqual(['01/TCD']);
    expect((await auditor.filedReports.list({ filter: { year: 2025 } })).total).toBe(0);
    const first = all.data[1];
    if (!first) throw new Error('no filing');
    expect(await outcomeOf(auditor.filedReports.download({ id: first.id }))).toBe('OK');
    const reception = await callerAs(handle, 'tiepdan', { now: at('2026-12-20') });
    expect(await outcomeOf(reception.filedReports.list({}))).toMatch(/^FORBIDDEN/);
  });

  it('two filings of the same form and period at the same moment leave exactly one row', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-06-20') });
    const inspector = await callerAs(handle, 'thanhtravien', { now: at('2026-06-20') });
    const period = { kind: 'six_months', year: 2026 } as const;
    const outcomes = await Promise.all([
      outcomeOf(director.filedReports.create({ formCode: '02/XLD', period })),
      outcomeOf(inspector.filedReports.create({ formCode: '02/XLD', period })),
    ]);
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o.startsWith('CONFLICT: Biểu 02/XLD kỳ 6 tháng'))).toHaveLength(1);
    expect(await countRows('02/XLD', '2025-12-15')).toBe(2);
    const sixMonths = await selectRows<{ n: number }>(handle.db, sql`select count(*)::int as n from filed_reports where form_code = '02/XLD' and period_to = '2026-06-14'`);
    expect(sixMonths[0]?.n).toBe(1);
  });

  it('an unknown filing is not found', async () => {
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
    expect(await outcomeOf(director.filedReports.getOne({ id: '00000000-0000-4000-8000-000000000000' }))).toBe('NOT_FOUND: Không tìm thấy báo cáo đã nộp.');
  });
});
