import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { LEGACY_ENCODING_MESSAGE } from '@kntc/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from './errors.js';
import { callerAs, rejection } from './testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const NAME = 'Lưu Thị Huyền Trưởng';
const ADDRESS = 'Thôn Kon Rơ Wang, xã Đăk Rơ Wa';
const letter = (fullName: string, address: string, summary: string) => ({
  receivedDate: '2026-11-20',
  channel: 'walk_in' as const,
  kind: 'complaint' as const,
  sender: { fullName, address },
  summary,
  content: 'Nội dung đơn.',
});

describe('Vietnamese text on the write and read paths', () => {
  it('a sender registered in NFD (as macOS sends) is stored in NFC, found by an NFC search and suggested as the same person as an NFC letter', async () => {
    const nfd = NAME.normalize('NFD');
    expect(nfd).not.toBe(NAME);
    const caller = await callerAs(handle, 'tiepdan');
    // Zero-width characters pasted from a web page are invisible and must not split the name either.
    const created = await caller.petitions.create(letter(`${nfd.slice(0, 3)}\u200B${nfd.slice(3)}`, ADDRESS.normalize('NFD'), 'Khiếu nại việc thu hồi đất nương rẫy'.normalize('NFD')));
    const stored = await caller.petitions.getOne({ id: created.id });
    expect(stored.sender).toMatchObject({ fullName: NAME, address: ADDRESS });

    for (const q of [NAME, NAME.normalize('NFD'), 'luu thi huyen truong']) {
      const found = await caller.petitions.list({ filter: { q } });
      expect(found.data.map((p) => p.id), q).toEqual([created.id]);
    }

    const suggestions = await caller.petitions.suggestDuplicates({ sender: { fullName: NAME, address: ADDRESS }, summary: 'Khiếu nại việc thu hồi đất nương rẫy' });
    const same = suggestions.find((s) => s.id === created.id);
    expect(same?.reasons.map((r) => r.code)).toContain('same_name_and_address');

    // The other way round: an NFC letter on file, an NFD query.
    const nfc = await caller.petitions.create(letter('Đinh Thị Ngọc Ánh', 'Tổ 5, phường Quyết Thắng', 'Kiến nghị về việc cấp giấy chứng nhận'));
    const fromNfd = await caller.petitions.suggestDuplicates({ sender: { fullName: 'Đinh Thị Ngọc Ánh'.normalize('NFD'), address: '' }, summary: '' });
    expect(fromNfd.map((s) => s.id)).toContain(nfc.id);
  });

  it('a name pasted from a TCVN3 document is stored in Unicode; VNI text is refused with a message saying how to fix it', async () => {
    const caller = await callerAs(handle, 'tiepdan');
    const created = await caller.petitions.create(letter('Hoµng V¨n Tr­êng', 'x· §¾k Hµ', 'KhiÕu n¹i vÒ båi th­êng ®Êt'));
    const stored = await caller.petitions.getOne({ id: created.id });
    expect(stored.sender).toMatchObject({ fullName: 'Hoàng Văn Trường', address: 'xã Đắk Hà' });
    expect(stored.summary).toBe('Khiếu nại về bồi thường đất');
    expect((await caller.petitions.list({ filter: { q: 'hoang van truong' } })).data.map((p) => p.id)).toContain(created.id);

    const refused = await rejection(caller.petitions.create(letter('Nguyeãn Vaên Tuaán', 'Kon Tum', 'Khiếu nại về đất đai')));
    expect(refused.code).toBe('BAD_REQUEST');
    expect(fieldErrorsOf(refused)).toEqual({ 'sender.fullName': LEGACY_ENCODING_MESSAGE });
  });
});
