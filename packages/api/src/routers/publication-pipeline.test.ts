import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { TRPCError } from '@trpc/server';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldErrorsOf } from '../errors.js';
import { callerAs, outcomeOf } from '../testing/caller.js';
import { signedComplaintOn, signedDenunciationOn } from '../testing/signed-cases.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

/** 10:00 in Vietnam on that day. */
const at = (iso: string) => () => new Date(`${iso}T03:00:00Z`);

/** The field errors a refused call carries to the form. */
async function fieldErrorsFrom(p: Promise<unknown>) {
  try {
    await p;
  } catch (error) {
    if (error instanceof TRPCError) return fieldErrorsOf(error);
    throw error;
  }
  throw new Error('expected the call to be refused');
}

async function draftAndApprove(caseId: string, day: string) {
  const officer = await callerAs(handle, 'thanhtravien', { now: at(day) });
  const director = await callerAs(handle, 'giamdoc', { now: at(day) });
  const draft = await officer.publications.createFromCase({ caseId });
  return director.publications.approve({ id: draft.id, version: draft.version });
}

describe('publishing pipeline', () => {
  it('lets a fresh demo database make a publication from a demo case', async () => {
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-11-27') });
    // First in the file: every candidate so far comes from the demo seed.
    const demo = await officer.publications.candidates();
    expect(demo.length).toBeGreaterThan(0);
    const first = demo[0];
    if (!first) throw new Error('a demo candidate');
    expect(first.isPublishOverdue).toBe(true);
    const pub = await officer.publications.createFromCase({ caseId: first.caseId });
    expect(pub.review?.sourceText.length).toBeGreaterThan(100);
    expect(pub.publishDueDate).toBe(first.publishDueDate);
  });
  it('gives a conclusion its publish-by date, field and legal basis, and lists it as overdue once that day is past', async () => {
    // Monday 2 March 2026: 7 working days later is Wednesday 11 March.
    const c = await signedDenunciationOn(handle, '2026-03-02');
    const before = await callerAs(handle, 'thanhtravien', { now: at('2026-03-11') });
    const after = await callerAs(handle, 'thanhtravien', { now: at('2026-03-12') });

    const candidate = (await before.publications.candidates()).find((x) => x.caseId === c.id);
    expect(candidate).toMatchObject({ publishDueDate: '2026-03-11', isPublishOverdue: false });
    expect((await after.publications.candidates()).find((x) => x.caseId === c.id)).toMatchObject({ publishDueDate: '2026-03-11', isPublishOverdue: true });

    let pub = await after.publications.createFromCase({ caseId: c.id });
    expect(pub).toMatchObject({
      publishDueDate: '2026-03-11',
      fieldCode: 'hanh_chinh.cong_chuc_vien_chuc',
      legalBasis: 'Luật Tố cáo 2018, Điều 40 khoản 1',
      postedFrom: null,
      postedUntil: null,
      isPublishOverdue: true,
    });
    const overdueIds = async (caller: typeof before) => (await caller.publications.list({ filter: { isPublishOverdue: true }, pagination: { page: 1, perPage: 100 } })).data.map((p) => p.id);
    expect(await overdueIds(after)).toContain(pub.id);
    expect(await overdueIds(before)).not.toContain(pub.id);
    expect((await after.publications.list({ filter: { publishDueDateLte: '2026-03-10' } })).data.map((p) => p.id)).not.toContain(pub.id);

    // The redactor edits the legal basis in the review step, with the version check of the masks.
    const legalBasis = 'Điều 40 Luật Tố cáo 2018; Điều 6 Nghị định 31/2019/NĐ-CP';
    const base = { id: pub.id, title: pub.title, summary: pub.summary, rejected: [], manual: [] };
    pub = await after.publications.updateMasks({ ...base, version: pub.version, legalBasis });
    expect(pub.legalBasis).toBe(legalBasis);
    expect(await outcomeOf(after.publications.updateMasks({ ...base, version: pub.version - 1, legalBasis: 'Điều 40 Luật Tố cáo' }))).toMatch(/^CONFLICT/);
    expect(await fieldErrorsFrom(after.publications.updateMasks({ ...base, version: pub.version, legalBasis: 'Đ4' }))).toEqual({ legalBasis: 'Căn cứ pháp lý phải có ít nhất 5 ký tự.' });
    expect((await after.publications.getOne({ id: pub.id })).legalBasis).toBe(legalBasis);
  });

  it('gives a complaint decision 15 days to publish, moved to the next working day', async () => {
    // Monday 20 July 2026 + 15 days is Tuesday 4 August.
    const c = await signedComplaintOn(handle, '2026-07-20');
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-07-21') });
    const pub = await officer.publications.createFromCase({ caseId: c.id });
    expect(pub).toMatchObject({ kind: 'complaint_decision', publishDueDate: '2026-08-04', fieldCode: 'hanh_chinh.ky_luat', isPublishOverdue: false });
    expect(pub.legalBasis).toMatch(/^Luật Khiếu nại 2011, Điều 41/);
  });

  it('posts from today in Vietnam for at least the minimum period, later only if the approver asks', async () => {
    const first = await draftAndApprove((await signedDenunciationOn(handle, '2026-04-01')).id, '2026-04-03');
    // 18:30 UTC on 12 April is 01:30 on 13 April in Vietnam: the posting counts from the 13th.
    const lateEvening = await callerAs(handle, 'phogiamdoc', { now: () => new Date('2026-04-12T18:30:00Z') });
    expect(await outcomeOf(lateEvening.publications.publish({ id: first.id, version: first.version, postedUntil: '2026-04-27' }))).toBe(
      'BAD_REQUEST: Ngày hết niêm yết không được trước ngày 28/04/2026: phải niêm yết ít nhất 15 ngày liên tục từ ngày đăng 13/04/2026.',
    );
    expect(await fieldErrorsFrom(lateEvening.publications.publish({ id: first.id, version: first.version, postedUntil: '2026-04-27' }))).toEqual({ postedUntil: 'Không được trước ngày 28/04/2026.' });
    const [untouched] = await handle.db.select({ state: schema.publications.state, postedFrom: schema.publications.postedFrom }).from(schema.publications).where(eq(schema.publications.id, first.id));
    expect(untouched).toEqual({ state: 'approved', postedFrom: null });
    expect(await outcomeOf(lateEvening.publications.publish({ id: first.id, version: first.version - 1 }))).toMatch(/^CONFLICT/);

    const published = await lateEvening.publications.publish({ id: first.id, version: first.version });
    expect(published).toMatchObject({ state: 'published', postedFrom: '2026-04-13', postedUntil: '2026-04-28', postingMinimumUntil: '2026-04-28', isUnderMinimumPosting: true });

    const second = await draftAndApprove((await signedComplaintOn(handle, '2026-04-06')).id, '2026-04-08');
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-04-13') });
    const longer = await director.publications.publish({ id: second.id, version: second.version, postedUntil: '2026-05-31' });
    expect(longer).toMatchObject({ postedFrom: '2026-04-13', postedUntil: '2026-05-31', postingMinimumUntil: '2026-04-28' });

    const anonymous = await callerAs(handle, null);
    expect((await anonymous.public.publication({ slug: longer.slug })).postedUntil).toBe('2026-05-31');
  });

  it('takes a publication down only from published, by an approver, with a reason, flagging an early takedown', async () => {
    const approved = await draftAndApprove((await signedDenunciationOn(handle, '2026-05-04')).id, '2026-05-05');
    const officer = await callerAs(handle, 'thanhtravien', { now: at('2026-05-12') });
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-05-12') });
    const reason = 'Tòa án nhân dân tỉnh đã thụ lý vụ án hành chính liên quan; tạm gỡ theo yêu cầu của Tòa án.';

    expect(await outcomeOf(director.publications.takeDown({ id: approved.id, version: approved.version, reason }))).toBe('BAD_REQUEST: Chỉ gỡ bản đang công khai.');
    let pub = await director.publications.publish({ id: approved.id, version: approved.version });
    expect(pub.postingMinimumUntil).toBe('2026-05-27');

    expect(await outcomeOf(officer.publications.takeDown({ id: pub.id, version: pub.version, reason }))).toMatch(/^FORBIDDEN/);
    expect(await fieldErrorsFrom(director.publications.takeDown({ id: pub.id, version: pub.version, reason: '  Sai  ' }))).toEqual({ reason: 'Lý do gỡ phải có ít nhất 10 ký tự.' });
    // Early: the minimum period runs through 27 May, so a short reason is not enough.
    expect(await outcomeOf(director.publications.takeDown({ id: pub.id, version: pub.version, reason: 'Đăng nhầm văn bản' }))).toMatch(
      /^BAD_REQUEST: Gỡ trước khi đủ thời hạn niêm yết \(phải niêm yết đến hết ngày 27\/05\/2026\)/,
    );
    expect(await outcomeOf(director.publications.takeDown({ id: pub.id, version: pub.version - 1, reason }))).toMatch(/^CONFLICT/);
    const [stillUp] = await handle.db.select({ state: schema.publications.state, reason: schema.publications.takedownReason }).from(schema.publications).where(eq(schema.publications.id, pub.id));
    expect(stillUp).toEqual({ state: 'published', reason: null });

    pub = await director.publications.takeDown({ id: pub.id, version: pub.version, reason: `  ${reason}  ` });
    expect(pub).toMatchObject({ state: 'taken_down', takedownReason: reason, takenDownAt: new Date('2026-05-12T03:00:00Z'), takenDownByName: 'Trần Quốc Bảo', isTakenDownEarly: true, isUnderMinimumPosting: true });
    expect(await outcomeOf(director.publications.takeDown({ id: pub.id, version: pub.version, reason }))).toBe('BAD_REQUEST: Chỉ gỡ bản đang công khai.');

    // The page stays public with its reason.
    const anonymous = await callerAs(handle, null);
    expect(await anonymous.public.publication({ slug: pub.slug })).toMatchObject({ state: 'taken_down', takedownReason: reason });
    const caseId = pub.caseId;
    if (!caseId) throw new Error('made from a case');
    const events = await director.cases.timeline({ id: caseId });
    expect(events.at(-1)).toMatchObject({ action: 'publication_take_down', fromState: 'published', toState: 'taken_down' });

    // Flagged under "Chưa đủ thời hạn niêm yết" for good, as it came down early.
    const later = await callerAs(handle, 'giamdoc', { now: at('2026-09-01') });
    expect((await later.publications.list({ filter: { isUnderMinimumPosting: true }, pagination: { page: 1, perPage: 100 } })).data.map((p) => p.id)).toContain(pub.id);
  });

  it('lists as "not yet posted the minimum" only while inside the period, and a takedown after it is not early', async () => {
    const approved = await draftAndApprove((await signedComplaintOn(handle, '2026-06-01')).id, '2026-06-02');
    const director = await callerAs(handle, 'giamdoc', { now: at('2026-06-03') });
    const pub = await director.publications.publish({ id: approved.id, version: approved.version });
    expect(pub).toMatchObject({ postedFrom: '2026-06-03', postingMinimumUntil: '2026-06-18' });
    const underIds = async (day: string) =>
      (await (await callerAs(handle, 'giamdoc', { now: at(day) })).publications.list({ filter: { isUnderMinimumPosting: true }, pagination: { page: 1, perPage: 100 } })).data.map((p) => p.id);
    expect(await underIds('2026-06-18')).toContain(pub.id);
    expect(await underIds('2026-06-19')).not.toContain(pub.id);

    const after = await callerAs(handle, 'giamdoc', { now: at('2026-06-19') });
    const down = await after.publications.takeDown({ id: pub.id, version: pub.version, reason: 'Hết thời hạn niêm yết.' });
    expect(down).toMatchObject({ state: 'taken_down', isTakenDownEarly: false, isUnderMinimumPosting: false });
  });

});
