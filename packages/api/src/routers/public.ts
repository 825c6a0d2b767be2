import { PaginationSchema } from '@kntc/domain';
import { getPublicPublication, listPublicPublications } from '@kntc/db';
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
  /** One published conclusion or decision: the approved redacted copy, never the source it was made from. */
  publication: publicProcedure
    .input(z.strictObject({ slug: z.string().trim().min(1).max(200) }))
    .query(({ ctx, input }) => getPublicPublication(ctx.db, input.slug)),
} satisfies TRPCRouterRecord;
