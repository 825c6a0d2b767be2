import { notFound } from '@kntc/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases, verificationSteps } from '../schema/cases.js';
import { attachments, files, type attachmentSubjects } from '../schema/files.js';
import { persons } from '../schema/persons.js';
import { petitions } from '../schema/petitions.js';
import { planItems } from '../schema/plans.js';
import { users } from '../schema/users.js';
import { recordEvent, type TimelineSubject } from './timeline.js';

export type AttachmentSubject = (typeof attachmentSubjects)[number];

/** Subjects whose existence and agency can be checked; documents join once their table exists. */
export const uploadableSubjects = ['petition', 'case', 'verification_step'] as const satisfies readonly AttachmentSubject[];
export type UploadableSubject = (typeof uploadableSubjects)[number];
/** What the upload route accepts: case files, and a plan item's evidence (under the plan's permissions). */
export const uploadRouteSubjects = [...uploadableSubjects, 'plan_item'] as const satisfies readonly AttachmentSubject[];

type SubjectRef = { agencyId: string; subjectType: AttachmentSubject; subjectId: string };

const subjectLabels: Record<AttachmentSubject, string> = {
  petition: 'đơn',
  case: 'vụ việc',
  verification_step: 'hoạt động xác minh',
  document: 'văn bản',
  plan_item: 'mục kế hoạch',
};

const attachmentColumns = {
  id: attachments.id,
  subjectType: attachments.subjectType,
  subjectId: attachments.subjectId,
  originalName: attachments.originalName,
  description: attachments.description,
  /** Shows a protected sender's identity: downloaded only through the vault, with a reason. */
  containsIdentity: attachments.containsIdentity,
  size: files.size,
  mimeType: files.mimeType,
  sha256: attachments.fileSha256,
  createdAt: attachments.createdAt,
  uploadedByName: users.fullName,
};

const selectAttachments = (db: Db) =>
  db
    .select(attachmentColumns)
    .from(attachments)
    .innerJoin(files, eq(files.sha256, attachments.fileSha256))
    .leftJoin(users, eq(users.id, attachments.uploadedBy));

type AttachmentRow = Awaited<ReturnType<typeof selectAttachments>>[number];

/** The same shape over HTTP (upload answer) and tRPC (list), so timestamps are ISO strings. */
const toAttachmentRecord = (row: AttachmentRow) => ({ ...row, createdAt: row.createdAt.toISOString() });
export type AttachmentRecord = ReturnType<typeof toAttachmentRecord>;

/**
 * Where an attachment's events go on a timeline: letters and cases have their own, a
 * verification step belongs to its case's. Null when the subject is not in the agency.
 */
async function timelineTargetOf(db: Db, ref: SubjectRef): Promise<{ subjectType: TimelineSubject; subjectId: string } | null> {
  switch (ref.subjectType) {
    case 'petition': {
      const [row] = await db
        .select({ id: petitions.id })
        .from(petitions)
        .where(and(eq(petitions.id, ref.subjectId), eq(petitions.agencyId, ref.agencyId)));
      return row ? { subjectType: 'petition', subjectId: row.id } : null;
    }
    case 'case': {
      const [row] = await db
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, ref.subjectId), eq(cases.agencyId, ref.agencyId)));
      return row ? { subjectType: 'case', subjectId: row.id } : null;
    }
    case 'verification_step': {
      const [row] = await db
        .select({ caseId: verificationSteps.caseId })
        .from(verificationSteps)
        .innerJoin(cases, eq(cases.id, verificationSteps.caseId))
        .where(and(eq(verificationSteps.id, ref.subjectId), eq(cases.agencyId, ref.agencyId)));
      return row ? { subjectType: 'case', subjectId: row.caseId } : null;
    }
    case 'document':
    case 'plan_item':
      return null;
  }
}

/** A plan item has no timeline: its progress notes are its history. */
async function planItemExists(db: Db, ref: SubjectRef): Promise<boolean> {
  const [row] = await db
    .select({ id: planItems.id })
    .from(planItems)
    .where(and(eq(planItems.id, ref.subjectId), eq(planItems.agencyId, ref.agencyId)));
  return row !== undefined;
}

/** Whether the letter, case, verification step or plan item exists in the agency (another agency's counts as absent). */
export async function subjectExists(db: Db, ref: SubjectRef): Promise<boolean> {
  if (ref.subjectType === 'plan_item') return planItemExists(db, ref);
  return (await timelineTargetOf(db, ref)) !== null;
}

/**
 * Serialises everything that stores or removes the blob of one content hash, across
 * requests and API instances, so an orphan clean-up never deletes a blob another upload
 * has just decided to reuse. Call first inside the transaction; released at its end.
 */
export async function lockFileContent(tx: Db, sha256: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`file:${sha256}`}, 0))`);
}

/** Whether a committed `files` row records this content (its blob must then stay). */
export async function isFileRecorded(db: Db, sha256: string): Promise<boolean> {
  const [row] = await db.select({ sha256: files.sha256 }).from(files).where(eq(files.sha256, sha256));
  return row !== undefined;
}

/**
 * Records an uploaded file and attaches it to its subject, with the timeline event, on
 * the caller's transaction (the caller places the blob under `lockFileContent`). The
 * content row is shared: the same scan uploaded twice is one `files` row and two attachments.
 */
export async function insertAttachment(
  tx: Db,
  params: SubjectRef & {
    userId: string;
    file: { sha256: string; size: number; mimeType: string };
    originalName: string;
    description: string | null;
    /** The blob is sealed with the vault key (a scan showing a protected sender's handwriting or details). */
    containsIdentity?: boolean;
  },
): Promise<AttachmentRecord> {
  const target = await timelineTargetOf(tx, params);
  if (!target && !(params.subjectType === 'plan_item' && (await planItemExists(tx, params)))) throw notFound(subjectLabels[params.subjectType]);
  await tx.insert(files).values(params.file).onConflictDoNothing({ target: files.sha256 });
  const [inserted] = await tx
    .insert(attachments)
    .values({
      agencyId: params.agencyId,
      subjectType: params.subjectType,
      subjectId: params.subjectId,
      fileSha256: params.file.sha256,
      originalName: params.originalName,
      description: params.description,
      containsIdentity: params.containsIdentity ?? false,
      uploadedBy: params.userId,
    })
    .returning({ id: attachments.id });
  if (!inserted) throw new Error('attachment insert returned no row');
  if (target) {
    await recordEvent(tx, {
      ...target,
      agencyId: params.agencyId,
      action: 'attachment_added',
      actorId: params.userId,
      note: params.originalName,
      payload: { attachmentId: inserted.id, attachedTo: params.subjectType, attachedToId: params.subjectId, size: params.file.size },
    });
  }
  const [row] = await selectAttachments(tx).where(eq(attachments.id, inserted.id));
  if (!row) throw new Error('attachment vanished inside its own transaction');
  return toAttachmentRecord(row);
}

/** The live attachments of one subject, oldest first (the order they were filed in). */
export async function findAttachments(
  db: Db,
  params: { agencyId: string; subjectType: AttachmentSubject; subjectId: string },
): Promise<AttachmentRecord[]> {
  const rows = await selectAttachments(db)
    .where(
      and(
        eq(attachments.agencyId, params.agencyId),
        eq(attachments.subjectType, params.subjectType),
        eq(attachments.subjectId, params.subjectId),
        isNull(attachments.deletedAt),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return rows.map(toAttachmentRecord);
}

/** The live attachments of several subjects of one type, oldest first: a list of plan items with their evidence. */
export async function findAttachmentsOfSubjects(
  db: Db,
  params: { agencyId: string; subjectType: AttachmentSubject; subjectIds: readonly string[] },
): Promise<AttachmentRecord[]> {
  if (params.subjectIds.length === 0) return [];
  const rows = await selectAttachments(db)
    .where(
      and(
        eq(attachments.agencyId, params.agencyId),
        eq(attachments.subjectType, params.subjectType),
        inArray(attachments.subjectId, [...params.subjectIds]),
        isNull(attachments.deletedAt),
      ),
    )
    .orderBy(asc(attachments.createdAt), asc(attachments.id));
  return rows.map(toAttachmentRecord);
}

/** What a live attachment hangs off, whatever its kind; null for another agency's, a deleted or an unknown one. */
export async function findAttachmentOwner(db: Db, params: { agencyId: string; id: string }): Promise<{ subjectType: AttachmentSubject; subjectId: string } | null> {
  const [row] = await db
    .select({ subjectType: attachments.subjectType, subjectId: attachments.subjectId })
    .from(attachments)
    .where(and(eq(attachments.id, params.id), eq(attachments.agencyId, params.agencyId), isNull(attachments.deletedAt)));
  return row ?? null;
}

/** What a download needs; NOT_FOUND for another agency's, a deleted or an unknown attachment. */
export async function getAttachmentForDownload(db: Db, params: { agencyId: string; id: string }) {
  const [row] = await db
    .select({ sha256: files.sha256, size: files.size, mimeType: files.mimeType, originalName: attachments.originalName, containsIdentity: attachments.containsIdentity })
    .from(attachments)
    .innerJoin(files, eq(files.sha256, attachments.fileSha256))
    .where(and(eq(attachments.id, params.id), eq(attachments.agencyId, params.agencyId), isNull(attachments.deletedAt)));
  if (!row) throw notFound('tệp đính kèm');
  return row;
}

/**
 * Hides an attachment from its subject. The blob stays: it is content-addressed and may
 * be shared, and destroying records follows the retention rules, not a click.
 */
export async function softDeleteAttachment(
  db: Db,
  params: { agencyId: string; userId: string; id: string; now?: Date },
): Promise<AttachmentRecord> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .update(attachments)
      .set({ deletedAt: params.now ?? new Date() })
      .where(and(eq(attachments.id, params.id), eq(attachments.agencyId, params.agencyId), isNull(attachments.deletedAt)))
      .returning({ subjectType: attachments.subjectType, subjectId: attachments.subjectId });
    if (!deleted) throw notFound('tệp đính kèm');
    const [row] = await selectAttachments(tx).where(eq(attachments.id, params.id));
    if (!row) throw new Error('attachment vanished inside its own transaction');
    const target = await timelineTargetOf(tx, { agencyId: params.agencyId, ...deleted });
    if (target) {
      await recordEvent(tx, {
        ...target,
        agencyId: params.agencyId,
        action: 'attachment_removed',
        actorId: params.userId,
        note: row.originalName,
        payload: { attachmentId: params.id, attachedTo: deleted.subjectType, attachedToId: deleted.subjectId },
      });
    }
    return toAttachmentRecord(row);
  });
}

/**
 * Whether a scan attached to this subject shows a protected identity by default: anything filed
 * with a protected letter, or with a case or verification step of one.
 */
export async function isProtectedSubject(db: Db, ref: SubjectRef): Promise<boolean> {
  const petitionOf = async (): Promise<string | null> => {
    if (ref.subjectType === 'petition') return ref.subjectId;
    if (ref.subjectType === 'case') {
      const [row] = await db.select({ id: cases.petitionId }).from(cases).where(and(eq(cases.id, ref.subjectId), eq(cases.agencyId, ref.agencyId)));
      return row?.id ?? null;
    }
    if (ref.subjectType === 'verification_step') {
      const [row] = await db
        .select({ id: cases.petitionId })
        .from(verificationSteps)
        .innerJoin(cases, eq(cases.id, verificationSteps.caseId))
        .where(and(eq(verificationSteps.id, ref.subjectId), eq(cases.agencyId, ref.agencyId)));
      return row?.id ?? null;
    }
    return null;
  };
  const petitionId = await petitionOf();
  if (!petitionId) return false;
  const [row] = await db
    .select({ isProtected: persons.isProtected })
    .from(petitions)
    .innerJoin(persons, eq(persons.id, petitions.senderId))
    .where(and(eq(petitions.id, petitionId), eq(petitions.agencyId, ref.agencyId)));
  return row?.isProtected ?? false;
}
