import { PaginationSchema } from '@kntc/domain';
import { listPublicPublications } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { publicProcedure } from '../trpc.js';

/**
 * Everything the transparency site may read. It returns published, redacted
 * records through fixed projections only; no confidential column is reachable from here.
 */
export const publicRouter = {
  publications: publicProcedure
    .input(
      z.strictObject({
        pagination: PaginationSchema.default({ page: 1, perPage: 20 }),
        q: z.string().max(200).optional(),
      }),
    )
    .query(({ ctx, input }) => listPublicPublications(ctx.db, input)),
} satisfies TRPCRouterRecord;
