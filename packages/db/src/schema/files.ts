import { bigint, boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.js';
import { agencies } from './organisation.js';
import { users } from './users.js';

/** A plan item's attachments are its evidence documents (tài liệu minh chứng). */
export const attachmentSubjects = ['petition', 'case', 'verification_step', 'document', 'plan_item'] as const;

/**
 * Stored blobs, addressed by their SHA-256: the same scan uploaded twice is kept once, and a
 * file's name on disk reveals nothing about its content or owner.
 */
export const files = pgTable('files', {
  sha256: text('sha256').primaryKey(),
  size: bigint('size', { mode: 'number' }).notNull(),
  mimeType: text('mime_type').notNull(),
  createdAt: createdAt(),
});

/** A file attached to a letter, a case or a verification step, under the name the user gave it. */
export const attachments = pgTable(
  'attachments',
  {
    id: id(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    subjectType: text('subject_type', { enum: attachmentSubjects }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    fileSha256: text('file_sha256')
      .notNull()
      .references(() => files.sha256),
    originalName: text('original_name').notNull(),
    description: text('description'),
    /** A scan or file that shows a protected sender's identity (handwriting, signature): shown only to those allowed to reveal it. */
    containsIdentity: boolean('contains_identity').notNull().default(false),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: createdAt(),
    deletedAt: timestamp('deleted_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [index('attachments_subject_idx').on(t.subjectType, t.subjectId), index('attachments_file_idx').on(t.fileSha256)],
);
