import { IdSchema, listInputSchema, PaginationSchema, RewardDataSchema, RewardListFilterSchema, RewardSortSchema, RewardUpdateSchema } from '@kntc/domain';
import { createReward, findRewardsByIds, getReward, listRewards, updateReward } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('office.read');
const writer = can('office.write');

/**
 * Khen thưởng, kỷ luật: a proposal, later completed with its decision (number, date, signer); a
 * discipline may name the letter or case whose deadline or confidentiality was breached.
 */
export const rewardsRouter = {
  list: reader
    .input(listInputSchema(RewardSortSchema, RewardListFilterSchema))
    .query(({ ctx, input }) => listRewards(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getReward(ctx.db, ctx.user.agencyId, input.id)),

  getMany: reader.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findRewardsByIds(ctx.db, ctx.user.agencyId, input.ids)),

  /** An official's or a unit's record, or the discipline tied to a case or letter. */
  getManyReference: reader
    .input(
      z.strictObject({
        target: z.enum(['userId', 'unitId', 'caseId', 'petitionId']),
        id: IdSchema,
        pagination: PaginationSchema,
        sort: RewardSortSchema.optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listRewards(ctx.db, { agencyId: ctx.user.agencyId, pagination: input.pagination, sort: input.sort, filter: { [input.target]: input.id } }),
    ),

  create: writer.input(RewardDataSchema).mutation(({ ctx, input }) => createReward(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(RewardUpdateSchema).mutation(({ ctx, input }) => updateReward(ctx.db, { ...actorOf(ctx), ...input })),
} satisfies TRPCRouterRecord;
