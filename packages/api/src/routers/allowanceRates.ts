import { AllowanceRateDataSchema, AllowanceRateUpdateSchema, IdSchema, PaginationSchema, SortOrderSchema } from '@kntc/domain';
import { createAllowanceRate, findAllowanceRates, findAllowanceRatesByIds, getAllowanceRate, updateAllowanceRate } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { can } from '../trpc.js';

const reader = can('office.read');
const writer = can('office.write');

/**
 * Mức bồi dưỡng tiếp công dân per working day, by category and start date: national data an
 * administrator corrects when a circular changes (the shipped amounts are all unconfirmed).
 */
export const allowanceRatesRouter = {
  /** The whole table (a few rows per circular); react-admin's params are accepted and ignored. */
  list: reader
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
      const data = await findAllowanceRates(ctx.db);
      return { data, total: data.length };
    }),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getAllowanceRate(ctx.db, input.id)),

  getMany: reader.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findAllowanceRatesByIds(ctx.db, input.ids)),

  create: writer.input(AllowanceRateDataSchema).mutation(({ ctx, input }) => createAllowanceRate(ctx.db, { userId: ctx.user.id, input })),

  update: writer.input(AllowanceRateUpdateSchema).mutation(({ ctx, input }) => updateAllowanceRate(ctx.db, { userId: ctx.user.id, ...input })),
} satisfies TRPCRouterRecord;
