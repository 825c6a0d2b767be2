import { AnnualPlanDataSchema, AnnualPlanListFilterSchema, AnnualPlanSortSchema, AnnualPlanUpdateSchema, IdSchema, listInputSchema, todayInVietnam } from '@kntc/domain';
import { createAnnualPlan, findAnnualPlansByIds, getAnnualPlan, listAnnualPlans, updateAnnualPlan } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('plan.read');
const writer = can('plan.write');

/** Kế hoạch công tác năm: the plan as signed, with where its items stand today. Items: `planItems`. */
export const annualPlansRouter = {
  list: reader
    .input(listInputSchema(AnnualPlanSortSchema, AnnualPlanListFilterSchema))
    .query(({ ctx, input }) => listAnnualPlans(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getAnnualPlan(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findAnnualPlansByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  create: writer.input(AnnualPlanDataSchema).mutation(({ ctx, input }) => createAnnualPlan(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(AnnualPlanUpdateSchema).mutation(({ ctx, input }) => updateAnnualPlan(ctx.db, { ...actorOf(ctx), ...input })),
} satisfies TRPCRouterRecord;
