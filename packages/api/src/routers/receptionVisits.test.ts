import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { docxText } from '@kntc/documents';
import type { ReceptionVisitCreateInput } from '@kntc/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { WORKBOOK_HEADER_ROWS } from '../reception/register-files.js';
import { callerAs, outcomeOf, rejection } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

/** Twelve teachers of one school about the same allowance decision; the first `reps` speak for them. */
const group = (reps: number): ReceptionVisitCreateInput['visitors'] =>
  Array.from({ length: reps }, (_, i) => ({
    fullName: `Giáo viên Đoàn Kết ${String.fromCharCode(65 + i)}`,
    address: 'Trường Tiểu học Đoàn Kết, xã Đăk Ui, huyện Đăk Hà',
    idNumber: `06208800${String(1000 + i)}`,
    identityPaper: 'id_card' as const,
    isRepresentative: true,
  }));

const groupComplaint: ReceptionVisitCreateInput = {
  visitDate: '2026-03-02',
  kind: 'regular',
  place: 'Trụ sở tiếp công dân Sở Nội vụ',
  headcount: 12,
  visitors: group(5),
  matterKind: 'complaint',
  summary: 'Khiếu nại quyết định cắt phụ cấp thu hút của giáo viên Trường Tiểu học Đoàn Kết',
  content: 'Mười hai giáo viên cho rằng quyết định cắt phụ cấp thu hút từ tháng 01/2026 trái quy định.',
  history: 'Đã gửi đơn đến UBND huyện Đăk Hà ngày 05/01/2026, chưa được trả lời.',
  request: 'Đề nghị xem xét lại quyết định, khôi phục phụ cấp thu hút',
  outcome: 'letter_received',
};

describe('reception register', () => {
  it('registers the complaint a group of 12 with 5 representatives hands over, with a receipt, linked both ways', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
    const visit = await officer.receptionVisits.create(groupComplaint);
    expect(visit.visitNumber).toMatch(/^\d+\/2026$/);
    expect(visit.isGroup).toBe(true);
    // Luật TCD Đ28.1: 10 working days from Monday 02/3/2026, no holiday in between.
    expect(visit.replyDueDate).toBe('2026-03-16');
    expect(visit.letter?.receiptNumber).toMatch(/^\d+\/2026$/);
    const letterId = visit.letter?.id ?? '';

    const letter = await officer.petitions.getOne({ id: letterId });
    expect(letter).toMatchObject({ status: 'registered', kind: 'complaint', channel: 'walk_in', receivedDate: '2026-03-02', signerCount: 12, summary: groupComplaint.summary, content: groupComplaint.content });
    expect(letter.sender.fullName).toBe('Giáo viên Đoàn Kết A');
    expect(letter.coSenders.filter((c) => c.isRepresentative)).toHaveLength(4);
    const listed = await officer.petitions.list({ filter: { q: visit.letter?.receiptNumber ?? '' } });
    expect(listed.data.map((p) => p.id)).toContain(letterId);

    const back = await officer.receptionVisits.getManyReference({ target: 'petitionId', id: letterId, pagination: { page: 1, perPage: 5 } });
    expect(back.data.map((v) => v.id)).toEqual([visit.id]);
    const receipt = await officer.petitions.issueReceipt({ id: letterId, version: letter.version });
    expect(receipt.trackingCode).toBeTruthy();
  });

  it('refuses 12 people with 6 representatives with a field error, and writes nothing', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-02') });
    const visitsBefore = (await officer.receptionVisits.list({})).total;
    const lettersBefore = (await officer.petitions.list({})).total;
    const error = await rejection(officer.receptionVisits.create({ ...groupComplaint, visitors: group(6) }));
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toMatchObject({ visitors: expect.stringContaining('không quá 5 người đại diện') });
    expect((await officer.receptionVisits.list({})).total).toBe(visitsBefore);
    expect((await officer.petitions.list({})).total).toBe(lettersBefore);
  });

  it('never takes a typed deadline, requires what the law requires, and allows online reception only from 01/7/2026', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const typed = await rejection(officer.receptionVisits.create({ ...groupComplaint, replyDueDate: '2026-12-31' } as ReceptionVisitCreateInput));
    expect(typed.code).toBe('BAD_REQUEST');
    const missing = await rejection(officer.receptionVisits.create({ ...groupComplaint, place: '', request: '' }));
    expect(Object.keys(fieldErrorsOf(missing) ?? {})).toEqual(expect.arrayContaining(['place', 'request']));
    const refused = await rejection(officer.receptionVisits.create({ ...groupComplaint, outcome: 'refused' }));
    expect(fieldErrorsOf(refused)).toMatchObject({ refusalGroundCode: 'Từ chối tiếp phải nêu căn cứ pháp lý.' });
    const online = await rejection(officer.receptionVisits.create({ ...groupComplaint, mode: 'online' }));
    expect(fieldErrorsOf(online)).toHaveProperty('mode');
  });

  it('recognises a repeat visit on the same matter', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at('2026-03-20') });
    const again = await officer.receptionVisits.create({ ...groupComplaint, visitDate: '2026-03-20', headcount: 2, visitors: group(1), outcome: 'explained' });
    expect(again.isRepeat).toBe(true);
    expect(again.repeatOfReceiptNumber).toMatch(/^\d+\/2026$/);
    const first = await officer.receptionVisits.create({
      ...groupComplaint,
      visitDate: '2026-03-20',
      headcount: 1,
      visitors: [{ fullName: 'Phạm Thị Lan', address: 'Phường Trường Chinh', identityPaper: 'id_card' }],
      summary: 'Kiến nghị về thủ tục chuyển đổi vị trí công tác',
      matterKind: 'recommendation',
      outcome: 'guided',
      outcomeNote: 'Hướng dẫn gửi kiến nghị đến UBND thành phố Kon Tum',
    });
    expect(first.isRepeat).toBe(false);
  });

  it('detects a stale update as CONFLICT and keeps the first edit', async () => {
    const officer = await callerAs(handle, 'thanhtravien');
    const v = await officer.receptionVisits.create({ ...groupComplaint, visitDate: '2026-04-01', headcount: 1, visitors: [{ fullName: 'Lê Văn Tâm', address: 'Thôn 2, xã Ia Chim', identityPaper: 'id_card' }], outcome: 'explained' });
    const { id, version, letter: _l, visitNumber: _n, ...rest } = v;
    const data = {
      visitDate: rest.visitDate, kind: rest.kind, mode: rest.mode, place: rest.place, headcount: rest.headcount, visitors: rest.visitors.map((p) => ({ ...p })), matterKind: rest.matterKind,
      summary: 'Sửa lần một về nội dung vụ việc', content: rest.content, history: rest.history, request: rest.request, outcome: rest.outcome, outcomeNote: rest.outcomeNote,
    };
    await officer.receptionVisits.update({ id, version, data });
    const error = await rejection(officer.receptionVisits.update({ id, version, data: { ...data, summary: 'Sửa lần hai về nội dung' } }));
    expect(error.code).toBe('CONFLICT');
    expect((await officer.receptionVisits.getOne({ id })).summary).toBe('Sửa lần một về nội dung vụ việc');
  });

  it('lets leaders read but not write the register, and keeps it from the clerk', async () => {
    const director = await callerAs(handle, 'giamdoc');
    expect((await director.receptionVisits.list({})).total).toBeGreaterThan(0);
    expect(await outcomeOf(director.receptionVisits.create(groupComplaint))).toMatch(/^FORBIDDEN/);
    const clerk = await callerAs(handle, 'vanthu');
    expect(await outcomeOf(clerk.receptionVisits.list({}))).toMatch(/^FORBIDDEN/);
  });

  it('prints the register: the .xlsx has one row per visit and totals matching the list', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const period = { from: '2026-03-01', to: '2026-03-31' };
    const listed = await officer.receptionVisits.list({ pagination: { page: 1, perPage: 200 }, filter: period, sort: { field: 'visitNumber', order: 'ASC' } });
    expect(listed.total).toBeGreaterThanOrEqual(3);
    const file = await officer.receptionVisits.export({ ...period, format: 'xlsx' });
    expect(file.rows).toBe(listed.total);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const text = (row: number, col: number) => String(sheet.getCell(row, col).value ?? '');
    expect(text(WORKBOOK_HEADER_ROWS + 1, 2)).toBe('Số lượt tiếp');
    expect(text(WORKBOOK_HEADER_ROWS + 2, 1)).toBe('(1)');
    const first = WORKBOOK_HEADER_ROWS + 3;
    const numbers = Array.from({ length: listed.total }, (_, i) => text(first + i, 2));
    expect(numbers.sort()).toEqual(listed.data.map((v) => v.visitNumber).sort());
    const totals = first + listed.total;
    expect(text(totals, 1)).toBe('Tổng cộng');
    expect(text(totals, 2)).toBe(`${listed.total} lượt`);
    expect(Number(sheet.getCell(totals, 6).value)).toBe(listed.data.reduce((s, v) => s + v.headcount, 0));
    expect(Number(sheet.getCell(totals, 7).value)).toBe(listed.data.filter((v) => v.isGroup).length);
    expect(text(totals + 1, 1)).toBe('');

    const docx = await officer.receptionVisits.export({ ...period, format: 'docx' });
    const words = await docxText(Buffer.from(docx.base64, 'base64'));
    expect(words).toContain('SỔ TIẾP CÔNG DÂN');
    expect(words).toContain(`${listed.total} lượt`);
  });
});
