import { IdSchema, petitionReaderRoles } from '@kntc/domain';
import { findDocuments } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { roleProcedure } from '../trpc.js';

const reader = roleProcedure(petitionReaderRoles);

/** Văn bản issued for a letter or a case; the files themselves download from /api/documents/:id. */
export const documentsRouter = {
  list: reader
    .input(z.strictObject({ subjectType: z.enum(['petition', 'case']), subjectId: IdSchema }))
    .query(({ ctx, input }) => findDocuments(ctx.db, { agencyId: ctx.user.agencyId, ...input })),
} satisfies TRPCRouterRecord;
