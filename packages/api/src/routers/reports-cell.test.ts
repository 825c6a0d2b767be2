import { DEMO_AGENCY_ID, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { columnValue, defaultReportForms } from '@kntc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, outcomeOf, rejection } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);
const year2026 = { kind: 'year', year: 2026 } as const;
const sumOf = (records: readonly { weight: number }[]) => records.reduce((sum, r) => sum + r.weight, 0);
type Caller = Awaited<ReturnType<typeof callerAs>>;
type CellInput = Parameters<Caller['reports']['cell']>[0];

/** Every line of a cell, page after page (at the largest page size), as the dialog would step through them. */
async function allLines(caller: Caller, input: CellInput) {
  const first = await caller.reports.cell({ ...input, page: 1, perPage: 200 });
  const records = [...first.data];
  for (let page = 2; records.length < first.total; page++) {
    const next = await caller.reports.cell({ ...input, page, perPage: 200 });
    expect(next.data.length).toBeGreaterThan(0);
    records.push(...next.data);
  }
  return { ...first, records };
}

describe('reports.cell on the demo year', () => {
  for (const form of defaultReportForms) {
    it(`${form.code}: every non-zero cell opens onto records whose weights add up to it, in the total row and the agency's row`, async () => {
      const leader = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
      const table = await leader.reports.form({ formCode: form.code, period: year2026 });
      const nonZero = table.columns.filter((c) => columnValue(table.total, c.number) > 0);
      expect(nonZero.length).toBeGreaterThan(3);
      for (const column of nonZero) {
        const expected = columnValue(table.total, column.number);
        const total = await allLines(leader, { formCode: form.code, period: year2026, column: column.number });
        expect(total.records).toHaveLength(total.total);
        expect(total.column).toEqual({ number: column.number, header: column.header });
        expect(total.value).toBe(expected);
        expect(sumOf(total.records)).toBe(expected);
        expect(new Set(total.records.map((r) => `${r.source}:${r.id}`)).size).toBe(total.records.length);
        for (const r of total.records) {
          expect(r.weight).toBeGreaterThan(0);
          expect(r.reference).not.toBe('');
          expect(r.date >= table.period.from || r.source === 'letter').toBe(true);
        }
        const unitRow = await allLines(leader, { formCode: form.code, period: year2026, column: column.number, unitId: DEMO_AGENCY_ID });
        expect(unitRow).toEqual(total);
      }
      const zero = table.columns.find((c) => columnValue(table.total, c.number) === 0);
      if (zero) expect(await leader.reports.cell({ formCode: form.code, period: year2026, column: zero.number })).toMatchObject({ value: 0, total: 0, data: [] });
    }, 120_000);
  }

  it('a visit weighs its persons in a persons column, and opens as a visit of the register', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
    const cell = await allLines(leader, { formCode: '01/TCD', period: year2026, column: 2 });
    const visits = await allLines(leader, { formCode: '01/TCD', period: year2026, column: 1 });
    expect(cell.weighted).toBe(true);
    expect(visits.weighted).toBe(false);
    expect(cell.records.map((r) => r.id)).toEqual(visits.records.map((r) => r.id));
    expect(cell.records.some((r) => r.weight > 1)).toBe(true);
    expect(cell.records[0]).toMatchObject({ source: 'visit', reference: expect.stringMatching(/^\d+\/20\d\d$/) as unknown });
  });

  it('shows a protected sender and a denouncer who came in person only under their pseudonym', async () => {
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-12-01') });
    const letter = await officer.petitions.create({
      receivedDate: '2026-12-01',
      channel: 'post',
      kind: 'complaint',
      protectIdentity: true,
      sender: { fullName: 'Hà Thị Kín Đáo', address: '5 Phan Đình Phùng, Kon Tum' },
      summary: 'Bà Hà Thị Kín Đáo khiếu nại việc không được xét nâng lương',
      content: 'Tôi là Hà Thị Kín Đáo, khiếu nại quyết định nâng lương.',
    });
    const reception = await callerAs(handle, 'tiepdan', { now: at('2026-12-02') });
    const visit = await reception.receptionVisits.create({
      visitDate: '2026-12-02',
      kind: 'regular',
      place: 'Trụ sở tiếp công dân Sở Nội vụ',
      headcount: 1,
      visitors: [{ fullName: 'Đinh Văn Tố Giác', address: 'Thôn 3, xã Đăk Cấm', identityPaper: 'id_card' }],
      matterKind: 'denunciation',
      summary: 'Ông Đinh Văn Tố Giác tố cáo cán bộ phòng nhận tiền khi giải quyết hồ sơ',
      content: 'Ông Đinh Văn Tố Giác trình bày việc cán bộ nhận tiền.',
      request: 'Đề nghị xác minh, xử lý',
      outcome: 'explained',
    });

    const leader = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
    const period = { kind: 'custom', from: '2026-12-01', to: '2026-12-05' } as const;
    const letters = await allLines(leader, { formCode: '02/XLD', period, column: 3 });
    const visits = await allLines(leader, { formCode: '01/TCD', period, column: 1 });
    const letterRow = letters.records.find((r) => r.id === letter.id);
    const visitRow = visits.records.find((r) => r.id === visit.id);
    expect(letterRow).toMatchObject({ source: 'letter', reference: letter.receiptNumber, date: '2026-12-01', weight: 1 });
    expect(visitRow).toMatchObject({ source: 'visit', reference: visit.visitNumber, kindLabel: 'Tiếp thường xuyên: tố cáo', weight: 1 });
    expect(JSON.stringify(letterRow)).not.toContain('Kín Đáo');
    expect(JSON.stringify(visitRow)).not.toContain('Tố Giác');
    expect(letterRow?.summary).toContain('Người khiếu nại');
    expect(visitRow?.summary).toContain('Người tố cáo');
  });

  it('pages a cell: page 2 goes on from page 1 without overlap, in date order, and the total is the form\'s figure', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
    const table = await leader.reports.form({ formCode: '02/XLD', period: year2026 });
    // Column 3 counts letters one each, so its figure is its number of lines.
    const figure = columnValue(table.total, 3);
    expect(figure).toBeGreaterThan(10);
    const request = { formCode: '02/XLD', period: year2026, column: 3 };
    const whole = await leader.reports.cell({ ...request, perPage: 200 });
    const page1 = await leader.reports.cell({ ...request, page: 1, perPage: 5 });
    const page2 = await leader.reports.cell({ ...request, page: 2, perPage: 5 });
    for (const page of [page1, page2]) expect(page).toMatchObject({ total: figure, value: figure });
    expect(page1.data).toHaveLength(5);
    expect(page2.data).toHaveLength(5);
    const keys = [...page1.data, ...page2.data].map((r) => `${r.source}:${r.id}`);
    expect(new Set(keys).size).toBe(10);
    expect(keys).toEqual(whole.data.slice(0, 10).map((r) => `${r.source}:${r.id}`));
    expect((page1.data.at(-1)?.date ?? '') <= (page2.data[0]?.date ?? '')).toBe(true);
    // Past the last page: no lines, the same total.
    const past = await leader.reports.cell({ ...request, page: Math.ceil(figure / 5) + 1, perPage: 5 });
    expect(past).toMatchObject({ total: figure, data: [] });
    // The default page size is 50.
    expect((await leader.reports.cell(request)).data).toHaveLength(Math.min(50, figure));
    const tooLong = await rejection(leader.reports.cell({ ...request, perPage: 201 }));
    expect([tooLong.code, fieldErrorsOf(tooLong)]).toEqual(['BAD_REQUEST', { perPage: 'Mỗi trang tối đa 200 dòng.' }]);
    const pageZero = await rejection(leader.reports.cell({ ...request, page: 0 }));
    expect([pageZero.code, fieldErrorsOf(pageZero)]).toEqual(['BAD_REQUEST', { page: 'Trang phải từ 1 trở lên.' }]);
  });

  it('refuses a column the form does not have and a unit that is not the agency, and is read only by report readers', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at('2026-12-20') });
    expect(await outcomeOf(leader.reports.cell({ formCode: '02/XLD', period: year2026, column: 22 }))).toBe('BAD_REQUEST: Biểu 02/XLD không có cột số 22.');
    expect(await outcomeOf(leader.reports.cell({ formCode: '02/XLD', period: year2026, column: 1, unitId: 'khac' }))).toBe('NOT_FOUND: Không có đơn vị này trong báo cáo.');
    const reception = await callerAs(handle, 'tiepdan', { now: at('2026-12-20') });
    expect(await outcomeOf(reception.reports.cell({ formCode: '01/TCD', period: year2026, column: 1 }))).toMatch(/^FORBIDDEN/);
  });
});
