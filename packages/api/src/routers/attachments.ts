import { findAttachments, softDeleteAttachment, uploadableSubjects } from '@kntc/db';
import { IdSchema, petitionReaderRoles, petitionWriterRoles } from '@kntc/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { roleProcedure } from '../trpc.js';

const reader = roleProcedure(petitionReaderRoles);
const writer = roleProcedure(petitionWriterRoles);

/**
 * Tệp đính kèm of a letter, a case or a verification step. Uploads and downloads are
 * plain HTTP (`POST /api/files`, `GET /api/files/:id`), since files do not travel as JSON.
 */
export const attachmentsRouter = {
  /** The live attachments of one subject, oldest first; another agency's subject has none. */
  list: reader
    .input(
      z.strictObject({
        subjectType: z.enum(uploadableSubjects, { error: 'Hãy chọn hồ sơ có tệp đính kèm (đơn, vụ việc hoặc hoạt động xác minh).' }),
        subjectId: IdSchema,
      }),
    )
    .query(({ ctx, input }) => findAttachments(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  /** Hides the attachment and records it on the timeline; the stored file is kept. */
  delete: writer
    .input(z.strictObject({ id: IdSchema }))
    .mutation(({ ctx, input }) => softDeleteAttachment(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, id: input.id, now: ctx.now() })),
} satisfies TRPCRouterRecord;
