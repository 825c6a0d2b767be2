import { PetitionCreateSchema, type PetitionCreateInput } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { DEMO_AGENCY_ID, seedDemo } from '../seed/demo.js';
import { createTestDb, testVaultKeyring } from '../testing/index.js';
import { createPetition, listPetitions } from './petitions.js';
import { selectRows } from './raw.js';

const TODAY = '2026-11-30';
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const create = (overrides: Partial<PetitionCreateInput>) =>
  createPetition(handle.db, {
    agencyId: DEMO_AGENCY_ID,
    today: TODAY,
    userId: null,
    vault: testVaultKeyring,
    input: PetitionCreateSchema.parse({
      receivedDate: '2026-11-02',
      channel: 'post',
      kind: 'complaint',
      sender: { fullName: 'Nguyễn Văn Thử', address: '12 Trần Phú, Kon Tum' },
      summary: 'Khiếu nại quyết định thu hồi đất',
      content: 'Nội dung khiếu nại.',
      ...overrides,
    }),
  });
const search = (q: string, pagination = { page: 1, perPage: 100 }) => listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination, filter: { q } });
const found = async (q: string) => (await search(q)).data.map((p) => p.id);

describe('letter search', () => {
  it('finds a name by its whole words in any order, diacritic-free, the last word as far as it is typed', async () => {
    const letter = await create({ sender: { fullName: 'Quách Thị Ngọc Điệp', address: 'Đăk Tô' } });
    for (const q of ['quach thi ngoc diep', 'Điệp Quách Ngọc Thị', 'QUACH THI NGOC DI', 'ngoc diep quac', 'qua', 'Điệp'.normalize('NFD')]) {
      expect(await found(q), q).toContain(letter.id);
    }
    // Only the last word may be unfinished, and a word is never matched from its middle.
    for (const q of ['qua thi ngoc diep', 'uach', 'thi ngoc iep']) expect(await found(q), q).not.toContain(letter.id);
  });

  it('finds a letter by its receipt number, and ID or phone numbers as written in it', async () => {
    const letter = await create({ sender: { fullName: 'Lò Văn Số', address: 'Thôn 3, xã Ia Chim' }, content: 'Tôi, CCCD số 062190001234, điện thoại 0905.111.222, đề nghị xem xét.' });
    const receipt = letter.receiptNumber ?? '';
    const byReceipt = await search(receipt);
    expect(byReceipt.data.map((p) => p.id)).toContain(letter.id);
    // "12/2026" is letter 12, not 112/2026 nor a letter dated on the 12th.
    expect(byReceipt.data.map((p) => p.receiptNumber).filter((n) => n !== receipt)).toEqual([]);
    for (const q of ['062190001234', '0621900', '0905.111.222', '0905 111 222', 'so 062190001234']) expect(await found(q), q).toContain(letter.id);
    expect(await found('0905.111.223')).not.toContain(letter.id);
  });

  it('never finds a protected denouncer by the real name: only the pseudonym is in the searched text', async () => {
    const letter = await create({
      kind: 'denunciation',
      sender: { fullName: 'Hà Thị Bảo Mật', address: 'Thôn 2, xã Ia Chim', idNumber: '062190009876' },
      summary: 'Tố cáo cán bộ địa chính nhận tiền',
      content: 'Tôi là Hà Thị Bảo Mật, CCCD 062190009876, tố cáo cán bộ địa chính nhận tiền.',
    });
    const [row] = await selectRows<{ search_text: string }>(handle.db, sql`select search_text from petitions where id = ${letter.id}`);
    expect(row?.search_text).toContain('nguoi to cao a');
    expect(row?.search_text).not.toMatch(/bao mat|062190009876/);
    for (const q of ['bao mat', 'Hà Thị Bảo Mật', '062190009876']) expect(await found(q), q).not.toContain(letter.id);
    expect(await found('nguoi to cao a dia chinh nhan tien')).toContain(letter.id);
  });

  it('reads one letter past the page instead of counting: exact on the last page, "at least" before it', async () => {
    for (let i = 0; i < 3; i++) await create({ summary: 'Đơn phântrangthử tìm kiếm' });
    const first = await search('phantrangthu', { page: 1, perPage: 2 });
    expect(first).toMatchObject({ total: 2, totalAtLeast: true });
    expect(first.data).toHaveLength(2);
    const last = await search('phantrangthu', { page: 2, perPage: 2 });
    expect(last.total).toBe(3);
    expect(last.totalAtLeast).toBeUndefined();
    expect(last.data).toHaveLength(1);
  });

  it('reads operators, quotes and backslashes typed in the box as nothing but text', async () => {
    const letter = await create({ sender: { fullName: 'Đinh Văn Ký Tự', address: 'Kon Tum' } });
    for (const q of ["a & b | !c :* ( ' \\", "'", ':*', '!!', '( )', '\\', '<->', 'a<->b', 'x:*y', "o'neil", '%_', '--;', '$1', 'ア']) {
      await expect(search(q), q).resolves.toMatchObject({ data: expect.any(Array) });
    }
    expect(await found('dinh & !van | ky:* (tu)')).toContain(letter.id);
    expect((await search('& | ! ( ) :*')).total).toBe(0);
  });
});
