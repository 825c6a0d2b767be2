import { IdSchema } from '@kntc/domain';
import { findDocuments } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { readScopeFor, requireInScope } from '../authorization/record-scope.js';
import { can } from '../trpc.js';

/** Văn bản issued for a letter or a case; the files themselves download from /api/documents/:id. */
export const documentsRouter = {
  /** A letter's or a case's documents are visible exactly where the letter or the case is. */
  list: can('document.read')
    .input(z.strictObject({ subjectType: z.enum(['petition', 'case']), subjectId: IdSchema }))
    .query(async ({ ctx, input }) => {
      await requireInScope(ctx, input.subjectType, input.subjectId, readScopeFor(ctx, input.subjectType));
      return findDocuments(ctx.db, { agencyId: ctx.user.agencyId, ...input });
    }),
} satisfies TRPCRouterRecord;
