import { createHash } from 'node:crypto';
import { isDomainError, PetitionCreateSchema } from '@kntc/domain';
import { and, count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { cases, verificationSteps } from '../schema/cases.js';
import { attachments, files } from '../schema/files.js';
import { agencies } from '../schema/organisation.js';
import { petitions } from '../schema/petitions.js';
import { timelineEvents } from '../schema/timeline.js';
import { users } from '../schema/users.js';
import { DEMO_AGENCY_ID, seedDemo } from '../seed/demo.js';
import { createTestDb } from '../testing/index.js';
import {
  findAttachments,
  getAttachmentForDownload,
  insertAttachment,
  isFileRecorded,
  lockFileContent,
  softDeleteAttachment,
  subjectExists,
} from './attachments.js';
import { createPetition } from './petitions.js';

let handle: DbHandle;
let userId: string;
let petitionId: string;
let caseId: string;
let stepId: string;
let otherAgencyId: string;
let otherPetitionId: string;

const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const pdf = (text: string) => ({ sha256: sha(text), size: text.length, mimeType: 'application/pdf' });
const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: unknown) => (isDomainError(e) ? e.code : String(e)));

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const [user] = await handle.db.select({ id: users.id }).from(users).where(eq(users.username, 'thanhtravien'));
  // A letter with no case yet: the test opens one on it, and a letter has at most one.
  const [petition] = await handle.db
    .select({ id: petitions.id })
    .from(petitions)
    .where(and(eq(petitions.agencyId, DEMO_AGENCY_ID), sql`not exists (select 1 from cases c where c.petition_id = ${petitions.id})`))
    .orderBy(petitions.id)
    .limit(1);
  if (!user || !petition) throw new Error('demo data missing');
  userId = user.id;
  petitionId = petition.id;
  // A case row written directly: how it got accepted is the cases module's business, not this one's.
  const [openCase] = await handle.db
    .insert(cases)
    .values({ agencyId: DEMO_AGENCY_ID, petitionId, caseYear: 2026, caseSeq: 9001, kind: 'complaint_first', status: 'verifying', acceptedDate: '2026-03-02', subject: 'Vụ việc thử đính kèm' })
    .returning({ id: cases.id });
  if (!openCase) throw new Error('case insert');
  caseId = openCase.id;
  const [step] = await handle.db
    .insert(verificationSteps)
    .values({ caseId, kind: 'work_session', date: '2026-03-05', description: 'Làm việc với người khiếu nại' })
    .returning({ id: verificationSteps.id });
  if (!step) throw new Error('step insert');
  stepId = step.id;
  const [other] = await handle.db
    .insert(agencies)
    .values({ code: 'SNV-GL', name: 'Sở Nội vụ tỉnh Gia Lai', shortName: 'SNV', province: 'Gia Lai', documentPlace: 'Gia Lai' })
    .returning({ id: agencies.id });
  if (!other) throw new Error('agency insert');
  otherAgencyId = other.id;
  const foreign = await createPetition(handle.db, {
    agencyId: otherAgencyId,
    userId: null,
    today: '2026-11-30',
    input: PetitionCreateSchema.parse({
      receivedDate: '2026-11-02',
      channel: 'post',
      kind: 'complaint',
      sender: { fullName: 'Rơ Châm Thử', address: 'Pleiku, Gia Lai' },
      summary: 'Khiếu nại của tỉnh khác',
      content: 'Nội dung.',
    }),
  });
  otherPetitionId = foreign.id;
});
afterAll(() => handle.close());

async function attach(params: { subjectType: 'petition' | 'case' | 'verification_step'; subjectId: string; content: string; name: string; agencyId?: string }) {
  return handle.db.transaction(async (tx) => {
    const file = pdf(params.content);
    await lockFileContent(tx, file.sha256);
    return insertAttachment(tx, {
      agencyId: params.agencyId ?? DEMO_AGENCY_ID,
      subjectType: params.subjectType,
      subjectId: params.subjectId,
      userId,
      file,
      originalName: params.name,
      description: null,
    });
  });
}

describe('attachment queries', () => {
  it('knows which subjects exist in which agency', async () => {
    const ref = { agencyId: DEMO_AGENCY_ID };
    expect(await subjectExists(handle.db, { ...ref, subjectType: 'petition', subjectId: petitionId })).toBe(true);
    expect(await subjectExists(handle.db, { ...ref, subjectType: 'case', subjectId: caseId })).toBe(true);
    expect(await subjectExists(handle.db, { ...ref, subjectType: 'verification_step', subjectId: stepId })).toBe(true);
    // A letter's id is not a case's id, and another agency's letter is not ours.
    expect(await subjectExists(handle.db, { ...ref, subjectType: 'case', subjectId: petitionId })).toBe(false);
    expect(await subjectExists(handle.db, { ...ref, subjectType: 'petition', subjectId: otherPetitionId })).toBe(false);
    expect(await subjectExists(handle.db, { agencyId: otherAgencyId, subjectType: 'petition', subjectId: otherPetitionId })).toBe(true);
    expect(await subjectExists(handle.db, { agencyId: otherAgencyId, subjectType: 'verification_step', subjectId: stepId })).toBe(false);
  });

  it('stores shared content once, attaches it twice, and writes each attachment on the timeline', async () => {
    const first = await attach({ subjectType: 'petition', subjectId: petitionId, content: 'shared scan', name: 'Đơn khiếu nại.pdf' });
    const second = await attach({ subjectType: 'case', subjectId: caseId, content: 'shared scan', name: 'Bản sao đơn.pdf' });
    expect(first).toMatchObject({ subjectType: 'petition', originalName: 'Đơn khiếu nại.pdf', size: 11, mimeType: 'application/pdf', sha256: sha('shared scan'), uploadedByName: 'Nguyễn Thị Thu Trang' });
    expect(typeof first.createdAt).toBe('string');
    expect(second.sha256).toBe(first.sha256);
    const [stored] = await handle.db.select({ n: count() }).from(files).where(eq(files.sha256, first.sha256));
    expect(stored?.n).toBe(1);
    expect(await isFileRecorded(handle.db, first.sha256)).toBe(true);
    const events = await handle.db
      .select({ subjectType: timelineEvents.subjectType, note: timelineEvents.note })
      .from(timelineEvents)
      .where(eq(timelineEvents.action, 'attachment_added'));
    expect(events).toEqual(expect.arrayContaining([{ subjectType: 'petition', note: 'Đơn khiếu nại.pdf' }, { subjectType: 'case', note: 'Bản sao đơn.pdf' }]));
  });

  it('puts a verification step’s attachment on its case’s timeline', async () => {
    const record = await attach({ subjectType: 'verification_step', subjectId: stepId, content: 'minutes', name: 'Biên bản làm việc.pdf' });
    const [event] = await handle.db
      .select({ subjectType: timelineEvents.subjectType, subjectId: timelineEvents.subjectId, payload: timelineEvents.payload })
      .from(timelineEvents)
      .where(and(eq(timelineEvents.action, 'attachment_added'), eq(timelineEvents.note, 'Biên bản làm việc.pdf')));
    expect(event).toMatchObject({ subjectType: 'case', subjectId: caseId, payload: { attachmentId: record.id, attachedTo: 'verification_step', attachedToId: stepId } });
  });

  it('refuses a subject outside the agency and leaves no rows behind', async () => {
    expect(await codeOf(attach({ subjectType: 'petition', subjectId: otherPetitionId, content: 'foreign', name: 'x.pdf' }))).toBe('NOT_FOUND');
    expect(await isFileRecorded(handle.db, sha('foreign'))).toBe(false);
  });

  it('lists, downloads and soft-deletes within the agency only', async () => {
    const kept = await attach({ subjectType: 'petition', subjectId: petitionId, content: 'kept', name: 'Giữ lại.pdf' });
    const gone = await attach({ subjectType: 'petition', subjectId: petitionId, content: 'gone', name: 'Xóa đi.pdf' });
    const listed = await findAttachments(handle.db, { agencyId: DEMO_AGENCY_ID, subjectType: 'petition', subjectId: petitionId });
    expect(listed.map((a) => a.id)).toEqual(expect.arrayContaining([kept.id, gone.id]));
    expect(await findAttachments(handle.db, { agencyId: otherAgencyId, subjectType: 'petition', subjectId: petitionId })).toEqual([]);

    expect(await getAttachmentForDownload(handle.db, { agencyId: DEMO_AGENCY_ID, id: kept.id })).toEqual({
      sha256: sha('kept'),
      size: 4,
      mimeType: 'application/pdf',
      containsIdentity: false,
      originalName: 'Giữ lại.pdf',
    });
    expect(await codeOf(getAttachmentForDownload(handle.db, { agencyId: otherAgencyId, id: kept.id }))).toBe('NOT_FOUND');
    expect(await codeOf(softDeleteAttachment(handle.db, { agencyId: otherAgencyId, userId, id: gone.id }))).toBe('NOT_FOUND');

    const deleted = await softDeleteAttachment(handle.db, { agencyId: DEMO_AGENCY_ID, userId, id: gone.id });
    expect(deleted).toMatchObject({ id: gone.id, originalName: 'Xóa đi.pdf' });
    expect(await codeOf(softDeleteAttachment(handle.db, { agencyId: DEMO_AGENCY_ID, userId, id: gone.id }))).toBe('NOT_FOUND');
    expect(await codeOf(getAttachmentForDownload(handle.db, { agencyId: DEMO_AGENCY_ID, id: gone.id }))).toBe('NOT_FOUND');
    const after = await findAttachments(handle.db, { agencyId: DEMO_AGENCY_ID, subjectType: 'petition', subjectId: petitionId });
    expect(after.map((a) => a.id)).toContain(kept.id);
    expect(after.map((a) => a.id)).not.toContain(gone.id);
    // The content stays recorded: it is content-addressed and destruction follows retention rules.
    expect(await isFileRecorded(handle.db, sha('gone'))).toBe(true);
    const [row] = await handle.db.select({ deletedAt: attachments.deletedAt }).from(attachments).where(eq(attachments.id, gone.id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    const [event] = await handle.db.select({ note: timelineEvents.note }).from(timelineEvents).where(eq(timelineEvents.action, 'attachment_removed'));
    expect(event?.note).toBe('Xóa đi.pdf');
  });
});
