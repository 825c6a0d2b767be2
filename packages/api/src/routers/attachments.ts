import { findAttachmentSubject, findAttachments, softDeleteAttachment, uploadableSubjects } from '@kntc/db';
import { IdSchema } from '@kntc/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { readScopeFor, requireInScope } from '../authorization/record-scope.js';
import { can } from '../trpc.js';

/**
 * Tệp đính kèm of a letter, a case or a verification step. Uploads and downloads are
 * plain HTTP (`POST /api/files`, `GET /api/files/:id`), since files do not travel as JSON.
 */
export const attachmentsRouter = {
  /** The live attachments of one subject, oldest first; visible exactly where the subject is. */
  list: can('attachment.read')
    .input(
      z.strictObject({
        subjectType: z.enum(uploadableSubjects, { error: 'Hãy chọn hồ sơ có tệp đính kèm (đơn, vụ việc hoặc hoạt động xác minh).' }),
        subjectId: IdSchema,
      }),
    )
    .query(async ({ ctx, input }) => {
      await requireInScope(ctx, input.subjectType, input.subjectId, readScopeFor(ctx, input.subjectType));
      return findAttachments(ctx.db, { agencyId: ctx.user.agencyId, ...input });
    }),

  /** Hides the attachment and records it on the timeline; the stored file is kept. */
  delete: can('attachment.write')
    .input(z.strictObject({ id: IdSchema }))
    .mutation(async ({ ctx, input }) => {
      const subject = await findAttachmentSubject(ctx.db, { agencyId: ctx.user.agencyId, id: input.id });
      if (subject) await requireInScope(ctx, subject.subjectType, subject.subjectId, readScopeFor(ctx, subject.subjectType));
      return softDeleteAttachment(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, id: input.id, now: ctx.now() });
    }),
} satisfies TRPCRouterRecord;
