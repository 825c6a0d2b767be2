import { LIST_COUNT_CAP, PetitionCreateSchema, type PetitionCreateInput } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { seedDemo, DEMO_AGENCY_ID } from '../seed/demo.js';
import { createTestDb } from '../testing/index.js';
import { createPetition, deletePetition, listPetitions, registerPetition, updatePetition } from './petitions.js';

const TODAY = '2026-11-30';
let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const input = (overrides: Partial<PetitionCreateInput> = {}) =>
  PetitionCreateSchema.parse({
    receivedDate: '2026-11-02',
    channel: 'post',
    kind: 'complaint',
    sender: { fullName: 'Nguyễn Văn Thử', address: '12 Trần Phú, Kon Tum' },
    summary: 'Khiếu nại quyết định kỷ luật',
    content: 'Nội dung khiếu nại.',
    ...overrides,
  });

describe('petition queries', () => {
  it('issues gapless, unique receipt numbers under concurrency', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, () => createPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, input: input() })),
    );
    const seqs = created.map((p) => p.receiptSeq ?? 0).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(12);
    expect((seqs.at(-1) ?? 0) - (seqs[0] ?? 0)).toBe(11);
  });

  it('finds by diacritic-free words in any order, and by NFD input', async () => {
    await createPetition(handle.db, {
      agencyId: DEMO_AGENCY_ID, today: TODAY,
      userId: null,
      input: input({ sender: { fullName: 'Đặng Thị Hường', address: 'Đăk Hà' }, summary: 'Phản ánh chậm trả hồ sơ' }),
    });
    for (const q of ['dang thi huong', 'huong dang', 'Hường'.normalize('NFD'), 'cham tra ho so']) {
      const result = await listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination: { page: 1, perPage: 10 }, filter: { q } });
      expect(result.data.map((p) => p.sender.fullName), q).toContain('Đặng Thị Hường');
    }
  });

  it('counts matches exactly up to the cap, then says there are at least that many', async () => {
    // Copies of one letter under fresh numbers: the cap is about counting, not about what the rows hold.
    // (A search does not count at all: see petition-search.test.ts.)
    const one = await createPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, input: input({ summary: 'Đơn đếm giới hạn' }) });
    const page = { page: 1, perPage: 5 };
    const exact = await listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination: page, filter: { senderId: one.senderId } });
    expect(exact).toMatchObject({ total: 1 });
    expect(exact.totalAtLeast).toBeUndefined();
    await handle.db.execute(sql`
      insert into petitions (agency_id, receipt_year, receipt_seq, received_date, channel, kind, status, sender_id, summary, content, search_text, summary_key)
      select agency_id, 1990, g, received_date, channel, kind, status, sender_id, summary, content, '', summary_key
      from petitions, generate_series(1, ${LIST_COUNT_CAP}) as g where id = ${one.id}`);
    const capped = await listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination: page, filter: { senderId: one.senderId } });
    expect(capped).toMatchObject({ total: LIST_COUNT_CAP, totalAtLeast: true });
    expect(capped.data).toHaveLength(5);
    await handle.db.execute(sql`delete from petitions where receipt_year = 1990`);
  });

  it('treats LIKE wildcards in the query as text', async () => {
    const result = await listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination: { page: 1, perPage: 10 }, filter: { q: '%' } });
    expect(result.total).toBe(0);
  });

  it('rejects a stale version and keeps the first write', async () => {
    const p = await createPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, input: input() });
    const data = { ...input(), summary: 'Bản sửa thứ nhất Quỳnhtest' };
    const { saveAsDraft: _d, ...fields } = data;
    const first = await updatePetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, id: p.id, version: p.version, data: fields });
    expect(first.version).toBe(p.version + 1);
    await expect(
      updatePetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, id: p.id, version: p.version, data: { ...fields, summary: 'Bản sửa cũ Quỳnhtest' } }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    const list = await listPetitions(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, pagination: { page: 1, perPage: 5 }, filter: { q: 'quynhtest' } });
    expect(list.data.map((r) => r.summary)).toEqual(['Bản sửa thứ nhất Quỳnhtest']);
  });

  it('deletes drafts only, and numbers a draft when it is registered', async () => {
    const draft = await createPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, input: input({ saveAsDraft: true }) });
    expect(draft.receiptNumber).toBeNull();
    const registered = await registerPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, id: draft.id, version: draft.version });
    expect(registered.receiptNumber).toMatch(/^\d+\/2026$/);
    await expect(deletePetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, id: draft.id })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    const other = await createPetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, userId: null, input: input({ saveAsDraft: true }) });
    await deletePetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, id: other.id });
    await expect(deletePetition(handle.db, { agencyId: DEMO_AGENCY_ID, today: TODAY, id: other.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
