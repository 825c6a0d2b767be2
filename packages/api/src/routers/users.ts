import { PaginationSchema, SortOrderSchema } from '@kntc/domain';
import { listAgencyUsers } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { protectedProcedure } from '../trpc.js';

/** Cán bộ: the agency's active officials (names and roles only; no credentials ever leave the server). */
export const usersRouter = {
  list: protectedProcedure
    .input(
      z
        .strictObject({
          pagination: PaginationSchema.optional(),
          sort: z.strictObject({ field: z.string().max(50), order: SortOrderSchema }).optional(),
          filter: z.strictObject({}).optional(),
        })
        .optional(),
    )
    .query(async ({ ctx }) => {
      const data = await listAgencyUsers(ctx.db, ctx.user.agencyId);
      return { data, total: data.length };
    }),
  getMany: protectedProcedure.input(z.strictObject({ ids: z.array(z.uuid()).max(200) })).query(async ({ ctx, input }) => {
    const all = await listAgencyUsers(ctx.db, ctx.user.agencyId);
    return all.filter((u) => input.ids.includes(u.id));
  }),
} satisfies TRPCRouterRecord;
