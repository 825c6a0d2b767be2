import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const letter = (overrides: Record<string, unknown> = {}) => ({
  receivedDate: '2026-11-25',
  channel: 'post' as const,
  kind: 'complaint' as const,
  sender: { fullName: 'Mai Văn Quy Trình', address: 'Xã Đăk Ruồng, huyện Kon Rẫy' },
  summary: 'Khiếu nại quyết định kỷ luật viên chức',
  content: 'Nội dung.',
  ...overrides,
});

async function failure(p: Promise<unknown>) {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof TRPCError)) throw new Error('expected a TRPCError');
  return e;
}

describe('letter workflow', () => {
  it('classify → propose → approve lands in the outcome’s status, with a full timeline', async () => {
    const officer = await callerAs(handle, 'thanhtravien');
    const head = await callerAs(handle, 'chanhthanhtra');
    let p = await officer.petitions.create(letter());
    p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'outside' } });
    expect(p.status).toBe('classified');
    const outcomes = await officer.petitions.outcomes({ id: p.id });
    expect(outcomes.filter((o) => o.allowed).map((o) => o.outcome)).toEqual(['guide']);
    const refused = await failure(officer.petitions.propose({ id: p.id, version: p.version, outcome: 'transfer' }));
    expect(refused.message).toContain('Khiếu nại không thuộc thẩm quyền thì hướng dẫn');
    p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'guide', target: 'Chủ tịch UBND huyện Kon Rẫy', note: 'Hướng dẫn đến UBND huyện' });
    expect(p.proposalTarget).toBe('Chủ tịch UBND huyện Kon Rẫy');
    expect(p.status).toBe('pending_approval');
    expect((await failure(officer.petitions.approve({ id: p.id, version: p.version }))).code).toBe('FORBIDDEN');
    p = await head.petitions.approve({ id: p.id, version: p.version });
    expect(p.status).toBe('guided');
    expect(p.dueDate).toBeNull();
    expect(p.deadlineStatus).toBeNull();
    const timeline = await officer.petitions.timeline({ id: p.id });
    expect(timeline.map((e) => [e.action, e.fromState, e.toState])).toEqual([
      ['register', null, 'registered'],
      ['classify', 'registered', 'classified'],
      ['propose', 'classified', 'pending_approval'],
      ['approve', 'pending_approval', 'guided'],
    ]);
    expect(timeline[3]?.actorName).toBe('Phạm Văn Dũng');
  });

  it('a rejected proposal goes back to classification with the reason on the timeline', async () => {
    const officer = await callerAs(handle, 'thanhtravien');
    const director = await callerAs(handle, 'giamdoc');
    let p = await officer.petitions.create(letter());
    p = await officer.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } });
    p = await officer.petitions.propose({ id: p.id, version: p.version, outcome: 'propose_acceptance' });
    p = await director.petitions.reject({ id: p.id, version: p.version, note: 'Cần xác minh thêm thẩm quyền' });
    expect(p.status).toBe('classified');
    expect(p.proposedOutcome).toBeNull();
    const last = (await officer.petitions.timeline({ id: p.id })).at(-1);
    expect(last).toMatchObject({ action: 'reject', note: 'Cần xác minh thêm thẩm quyền' });
  });

  it('refuses steps out of order with the state they need', async () => {
    const officer = await callerAs(handle, 'thanhtravien');
    const p = await officer.petitions.create(letter());
    const e = await failure(officer.petitions.propose({ id: p.id, version: p.version, outcome: 'guide' }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.message).toContain('"Đã phân loại, chờ xử lý"');
  });

  it('links a duplicate (repeat count rises, no new case) and unlinks it back to where it was', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const original = await officer.petitions.create(letter());
    let repeat = await officer.petitions.create(letter({ receivedDate: '2026-11-27' }));
    repeat = await officer.petitions.markDuplicate({ id: repeat.id, version: repeat.version, duplicateOfId: original.id });
    expect(repeat).toMatchObject({ status: 'duplicate', duplicateOfId: original.id, dueDate: null });
    expect((await officer.petitions.getOne({ id: original.id })).repeatCount).toBe(1);
    expect((await officer.petitions.list({ filter: { duplicateOfId: original.id } })).data.map((r) => r.id)).toEqual([repeat.id]);
    expect(repeat.statusBeforeDuplicate).toBe('registered');
    repeat = await officer.petitions.unlinkDuplicate({ id: repeat.id, version: repeat.version });
    expect(repeat).toMatchObject({ status: 'registered', duplicateOfId: null });
    expect(repeat.dueDate).not.toBeNull();
    expect((await officer.petitions.getOne({ id: original.id })).repeatCount).toBe(0);
    const self = await failure(officer.petitions.markDuplicate({ id: repeat.id, version: repeat.version, duplicateOfId: repeat.id }));
    expect(self.code).toBe('BAD_REQUEST');
  });

  it('two officials acting at once: the second gets CONFLICT, not a lost update', async () => {
    const a = await callerAs(handle, 'thanhtravien');
    const b = await callerAs(handle, 'tiepdan');
    const p = await a.petitions.create(letter());
    const results = await Promise.allSettled([
      a.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } }),
      b.petitions.classify({ id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'outside' } }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected && 'reason' in rejected && (rejected.reason as TRPCError).code).toBe('CONFLICT');
    expect((await a.petitions.timeline({ id: p.id })).filter((e) => e.action === 'classify')).toHaveLength(1);
  });
});

describe('duplicate suggestions', () => {
  it('suggests earlier letters by ID number, folded name and address, or similar summary, with reasons', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const earlier = await officer.petitions.create(
      letter({
        sender: { fullName: 'Rơ Châm Thị Hạnh Phúc', address: 'Thôn 2, xã Sa Nhơn, huyện Sa Thầy', idNumber: '062190001234' },
        summary: 'Khiếu nại việc thu hồi đất làm đường giao thông liên thôn',
      }),
    );
    const byId = await officer.petitions.suggestDuplicates({ sender: { fullName: 'Người khác', address: '', idNumber: '062190001234' }, summary: '' });
    expect(byId.find((s) => s.id === earlier.id)?.reasons.map((r) => r.code)).toEqual(['same_id_number']);

    const nfdName = 'Rơ Châm Thị Hạnh Phúc'.normalize('NFD');
    const byName = await officer.petitions.suggestDuplicates({ sender: { fullName: nfdName, address: 'thon 2, xa sa nhon, huyen sa thay' }, summary: '' });
    expect(byName.find((s) => s.id === earlier.id)?.reasons.map((r) => r.code)).toEqual(['same_name_and_address']);

    const bySummary = await officer.petitions.suggestDuplicates({
      sender: { fullName: 'Ai đó', address: 'Nơi khác' },
      summary: 'khieu nai viec thu hoi dat lam duong giao thong',
    });
    const hit = bySummary.find((s) => s.id === earlier.id);
    expect(hit?.reasons.map((r) => r.label)).toEqual(['Nội dung, trích yếu tương tự']);
    expect(hit?.receiptNumber).toBe(earlier.receiptNumber);

    // The same sender with a summary as common as many others': the sender's own letter still comes first,
    // not pushed off the list by letters that merely read alike.
    const busy = await officer.petitions.suggestDuplicates({
      sender: { fullName: 'Người khác', address: '', idNumber: '062190001234' },
      summary: 'Khiếu nại quyết định kỷ luật cảnh cáo',
    });
    expect(busy[0]?.id).toBe(earlier.id);

    const none = await officer.petitions.suggestDuplicates({ sender: { fullName: 'Zzyzx Qwerty', address: 'Không có' }, summary: 'Một việc hoàn toàn khác biệt' });
    expect(none.find((s) => s.id === earlier.id)).toBeUndefined();
  });
});

describe('splitting a letter with several contents', () => {
  it('splits into items numbered after the letter, and undoes the split while no item moved on', async () => {
    const officer = await callerAs(handle, 'thanhtravien');
    // It includes a denunciation, so its sender's identity is protected before it is split.
    let p = await officer.petitions.create(letter({ kind: 'mixed', protectIdentity: true, summary: 'Khiếu nại kỷ luật và tố cáo trưởng phòng' }));
    const items = [
      { kind: 'complaint' as const, summary: 'Khiếu nại quyết định kỷ luật', content: 'Phần khiếu nại.' },
      { kind: 'denunciation' as const, summary: 'Tố cáo trưởng phòng nhận tiền', content: 'Phần tố cáo.' },
    ];
    p = await officer.petitions.split({ id: p.id, version: p.version, items });
    expect(p.status).toBe('split');
    expect(p.dueDate).toBeNull();
    const children = (await officer.petitions.list({ filter: { splitFromId: p.id } })).data;
    expect(children.map((c) => c.receiptNumber).sort()).toEqual([`${p.receiptSeq}.1/2026`, `${p.receiptSeq}.2/2026`]);
    expect(children.find((c) => c.kind === 'denunciation')?.dueRuleVersion).toMatch(/^denunciation\.accept@/);
    p = await officer.petitions.unsplit({ id: p.id, version: p.version });
    expect(p.status).toBe('registered');
    expect((await officer.petitions.list({ filter: { q: 'phan to cao' } })).data.filter((c) => c.splitFromId === p.id)).toEqual([]);

    // Split again, work on one item: the split can no longer be undone.
    p = await officer.petitions.split({ id: p.id, version: p.version, items });
    const again = (await officer.petitions.list({ filter: { q: 'tố cáo trưởng phòng nhận tiền' }, pagination: { page: 1, perPage: 50 } })).data.find((c) => c.splitFromId === p.id);
    if (!again) throw new Error('item exists');
    await officer.petitions.classify({ id: again.id, version: again.version, classification: { kind: 'denunciation', competence: 'within' } });
    const refused = await failure(officer.petitions.unsplit({ id: p.id, version: p.version }));
    expect(refused.message).toContain(`${p.receiptSeq}.2/2026`);
    expect((await officer.petitions.getOne({ id: p.id })).status).toBe('split');
  });
});
