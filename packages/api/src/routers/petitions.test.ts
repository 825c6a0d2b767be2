import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, rejection } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

// A complaint: its sender is on file in clear and found by name (a denouncer never is; see identities.test.ts).
const validInput = {
  receivedDate: '2026-11-20',
  channel: 'walk_in' as const,
  kind: 'complaint' as const,
  sender: { fullName: 'Quách Thị Ngọc Diệp', address: 'Thôn 3, xã Đăk Mar, huyện Đăk Hà' },
  summary: 'Khiếu nại việc cán bộ chậm giải quyết hồ sơ',
  content: 'Nội dung tố cáo chi tiết.',
};

describe('petitions router', () => {
  it('refuses anonymous callers and roles without access', async () => {
    expect((await rejection((await callerAs(handle, null)).petitions.list({}))).code).toBe('UNAUTHORIZED');
    const clerk = await callerAs(handle, 'vanthu');
    expect((await rejection(clerk.petitions.create(validInput))).code).toBe('FORBIDDEN');
    const auditor = await callerAs(handle, 'kiemtra');
    expect((await auditor.petitions.list({})).total).toBeGreaterThan(0);
    expect((await rejection(auditor.petitions.create(validInput))).code).toBe('FORBIDDEN');
  });

  it('creates, lists with a diacritic-free search, and reads back the same shape', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const created = await caller.petitions.create(validInput);
    expect(created.status).toBe('registered');
    expect(created.receiptNumber).toMatch(/^\d+\/2026$/);
    const found = await caller.petitions.list({ filter: { q: 'quach thi ngoc diep' } });
    expect(found.data.map((p) => p.id)).toEqual([created.id]);
    expect(await caller.petitions.getOne({ id: created.id })).toEqual(found.data[0]);
    expect(await caller.petitions.getMany({ ids: [created.id] })).toEqual(found.data);
    const bySender = await caller.petitions.getManyReference({ target: 'senderId', id: created.senderId, pagination: { page: 1, perPage: 10 } });
    expect(bySender.data.map((p) => p.id)).toEqual([created.id]);
  });

  it('filters by kind, status and date range', async () => {
    const caller = await callerAs(handle, 'thanhtravien');
    const result = await caller.petitions.list({
      pagination: { page: 1, perPage: 200 },
      filter: { kind: 'complaint', status: 'accepted', receivedFrom: '2025-01-01', receivedTo: '2025-12-31' },
      sort: { field: 'receivedDate', order: 'ASC' },
    });
    expect(result.total).toBeGreaterThan(0);
    for (const p of result.data) {
      expect(p.kind).toBe('complaint');
      expect(p.status).toBe('accepted');
      expect(p.receivedDate >= '2025-01-01' && p.receivedDate <= '2025-12-31').toBe(true);
    }
    const dates = result.data.map((p) => p.receivedDate);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives per-field Vietnamese errors, rejects unknown fields, and writes nothing', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const before = (await caller.petitions.list({})).total;
    const error = await rejection(
      caller.petitions.create({ ...validInput, receivedDate: '2026-02-30', sender: { fullName: '', address: 'x' }, summary: 'ab' }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(error)).toMatchObject({
      receivedDate: expect.stringContaining('ngày có thật'),
      'sender.fullName': expect.stringContaining('Họ và tên'),
      summary: expect.stringContaining('ít nhất 5 ký tự'),
    });
    const unknown = await rejection(caller.petitions.create({ ...validInput, isAdmin: true } as typeof validInput));
    expect(unknown.code).toBe('BAD_REQUEST');
    const forwarded = await rejection(caller.petitions.create({ ...validInput, channel: 'transferred' }));
    expect(fieldErrorsOf(forwarded)).toHaveProperty('forwardingAgency');
    expect((await caller.petitions.list({})).total).toBe(before);
  });

  it('detects a stale update as CONFLICT and keeps the first edit', async () => {
    const caller = await callerAs(handle, 'thanhtravien');
    const p = await caller.petitions.create(validInput);
    const { id, version, sender, receivedDate, channel, kind, signerCount, content, forwardingAgency, forwardingDocNumber } = p;
    const data = { sender, receivedDate, channel, kind, signerCount, content, forwardingAgency, forwardingDocNumber };
    await caller.petitions.update({ id, version, data: { ...data, summary: 'Sửa lần một' } });
    const error = await rejection(caller.petitions.update({ id, version, data: { ...data, summary: 'Sửa lần hai' } }));
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('người khác cập nhật');
    expect((await caller.petitions.getOne({ id })).summary).toBe('Sửa lần một');
  });

  it('deletes only drafts', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const registered = await caller.petitions.create(validInput);
    expect((await rejection(caller.petitions.delete({ id: registered.id }))).code).toBe('BAD_REQUEST');
    const draft = await caller.petitions.create({ ...validInput, saveAsDraft: true });
    await caller.petitions.delete({ id: draft.id, version: draft.version });
    expect((await rejection(caller.petitions.getOne({ id: draft.id }))).code).toBe('NOT_FOUND');
  });
});

describe('group letters and respondents', () => {
  it('keeps every co-signer and representative, the respondent and the contested decision, and finds the letter by any signer', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const coSenders = Array.from({ length: 11 }, (_, i) => ({
      fullName: `A Nhóm${String.fromCharCode(65 + i)} Thị Ký`,
      address: 'Làng Kon Klor, phường Thắng Lợi',
      isRepresentative: i < 4,
    }));
    const created = await caller.petitions.create({
      ...validInput,
      kind: 'complaint',
      signerCount: 12,
      coSenders,
      respondent: { name: 'Trưởng phòng Công chức, viên chức', position: 'Trưởng phòng', organisation: 'Sở Nội vụ' },
      contestedDecision: { number: '45/QĐ-SNV', date: '2026-09-15', issuer: 'Sở Nội vụ' },
    });
    expect(created.coSenders).toHaveLength(11);
    expect(created.coSenders.filter((s) => s.isRepresentative)).toHaveLength(4);
    expect(created.respondent?.name).toBe('Trưởng phòng Công chức, viên chức');
    expect(created.contestedDecision).toEqual({ number: '45/QĐ-SNV', date: '2026-09-15', issuer: 'Sở Nội vụ' });
    const found = await caller.petitions.list({ filter: { q: 'a nhomk thi ky' } });
    expect(found.data.map((p) => p.id)).toEqual([created.id]);
    expect(found.data[0]?.coSenders).toEqual(created.coSenders);
  });

  it('refuses more than five representatives and a signer count below the names written', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const many = Array.from({ length: 6 }, (_, i) => ({ fullName: `Người Đại Diện ${i + 1}`, address: 'Kon Tum', isRepresentative: true }));
    const tooMany = await rejection(caller.petitions.create({ ...validInput, signerCount: 10, coSenders: many }));
    expect(fieldErrorsOf(tooMany)).toMatchObject({ coSenders: 'Nhóm người cùng ký đơn cử tối đa 5 người đại diện.' });
    const tooFew = await rejection(caller.petitions.create({ ...validInput, signerCount: 3, coSenders: many }));
    expect(fieldErrorsOf(tooFew)).toMatchObject({ signerCount: expect.stringContaining('ít nhất bằng số người đã ghi tên (7)') });
  });
});

describe('catalogues', () => {
  it('offers the seeded fields, lets a letter carry one, and refuses codes not in the list', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const fields = await caller.catalogues.list({ filter: { catalogue: 'field' } });
    expect(fields.data.map((f) => f.code)).toContain('hanh_chinh.ky_luat');
    const created = await caller.petitions.create({ ...validInput, fieldCode: 'hanh_chinh.ky_luat' });
    expect(created.fieldCode).toBe('hanh_chinh.ky_luat');
    expect(fieldErrorsOf(await rejection(caller.petitions.create({ ...validInput, fieldCode: 'khong_co' })))).toEqual({ fieldCode: 'Hãy chọn lĩnh vực trong danh mục.' });
    expect((await rejection(caller.catalogues.create({ catalogue: 'field', code: 'moi', name: 'Mới' }))).code).toBe('FORBIDDEN');
    const admin = await callerAs(handle, 'quantri');
    const item = await admin.catalogues.create({ catalogue: 'field', code: 'bao_hiem', name: 'Bảo hiểm xã hội', parentCode: 'hanh_chinh', nationalCode: 'LV-07' });
    expect(item.nationalCode).toBe('LV-07');
    expect(fieldErrorsOf(await rejection(admin.catalogues.create({ catalogue: 'field', code: 'bao_hiem', name: 'Trùng mã' })))).toEqual({ code: 'Mã này đã có trong danh mục.' });
    expect(fieldErrorsOf(await rejection(admin.catalogues.create({ catalogue: 'field', code: 'con_chau', name: 'Cấp ba', parentCode: 'bao_hiem' })))).toHaveProperty('parentCode');
    expect(fieldErrorsOf(await rejection(admin.catalogues.update({ id: item.id, version: item.version, data: { catalogue: 'field', code: 'doi_ma', name: 'Bảo hiểm xã hội', parentCode: 'hanh_chinh', nationalCode: 'LV-07', sortOrder: 0, isActive: true } })))).toEqual({ code: 'Mã không được thay đổi.' });
    // Retiring a field keeps the letters filed under it editable.
    await admin.catalogues.update({ id: item.id, version: item.version, data: { catalogue: 'field', code: 'bao_hiem', name: 'Bảo hiểm xã hội', parentCode: 'hanh_chinh', nationalCode: 'LV-07', sortOrder: 0, isActive: true } });
    const filed = await caller.petitions.create({ ...validInput, fieldCode: 'bao_hiem' });
    const fresh = await admin.catalogues.getOne({ id: item.id });
    await admin.catalogues.update({ id: item.id, version: fresh.version, data: { catalogue: 'field', code: 'bao_hiem', name: 'Bảo hiểm xã hội', parentCode: 'hanh_chinh', nationalCode: 'LV-07', sortOrder: 0, isActive: false } });
    const { id, version, sender, receivedDate, channel, kind, signerCount, content, forwardingAgency, forwardingDocNumber, fieldCode, coSenders, respondent, contestedDecision } = filed;
    const saved = await caller.petitions.update({ id, version, data: { sender, receivedDate, channel, kind, signerCount, content, forwardingAgency, forwardingDocNumber, fieldCode, coSenders, respondent, contestedDecision, summary: 'Sửa trích yếu đơn' } });
    expect(saved.fieldCode).toBe('bao_hiem');
  });
});

describe('public router', () => {
  it('lists published records without signing in, searchable without diacritics', async () => {
    const anonymous = await callerAs(handle, null);
    const all = await anonymous.public.publications({});
    // The demo's five published publications and the one taken down, which stays public with its reason.
    expect(all.total).toBe(6);
    expect(Object.keys(all.data[0] ?? {})).not.toContain('redactedBody');
    const found = await anonymous.public.publications({ q: 'luu tru lich su' });
    expect(found.data.map((p) => p.documentNumber)).toEqual(['31/KL-SNV']);
  });
});
