import {
  IdSchema,
  listInputSchema,
  PaginationSchema,
  PlanItemDataSchema,
  PlanItemListFilterSchema,
  PlanItemProgressSchema,
  PlanItemSortSchema,
  PlanItemUpdateSchema,
  todayInVietnam,
  VersionSchema,
} from '@kntc/domain';
import { addPlanItemProgress, createPlanItem, deletePlanItem, findPlanItemsByIds, getPlanItem, listPlanItems, removePlanItemEvidence, updatePlanItem } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('plan.read');
const writer = can('plan.write');

/**
 * Mục kế hoạch: content, lead and coordinating units, time frame, and progress notes. The status
 * ("late" included) is derived from the dates and today, never typed.
 */
export const planItemsRouter = {
  list: reader
    .input(listInputSchema(PlanItemSortSchema, PlanItemListFilterSchema))
    .query(({ ctx, input }) => listPlanItems(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getPlanItem(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findPlanItemsByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  /** A plan's items, in plan order. */
  getManyReference: reader
    .input(z.strictObject({ target: z.enum(['planId']), id: IdSchema, pagination: PaginationSchema, sort: PlanItemSortSchema.optional() }))
    .query(({ ctx, input }) =>
      listPlanItems(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), pagination: input.pagination, sort: input.sort, filter: { planId: input.id } }),
    ),

  create: writer.input(PlanItemDataSchema).mutation(({ ctx, input }) => createPlanItem(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(PlanItemUpdateSchema).mutation(({ ctx, input }) => updatePlanItem(ctx.db, { ...actorOf(ctx), ...input })),

  /** Only an item entered by mistake: refused once it has progress or a linked training. */
  delete: writer.input(z.strictObject({ id: IdSchema, version: VersionSchema })).mutation(({ ctx, input }) => deletePlanItem(ctx.db, { ...actorOf(ctx), ...input })),

  /** Cập nhật tiến độ: a dated note by the signed-in official and the item's state after it. */
  addProgress: writer.input(PlanItemProgressSchema).mutation(({ ctx, input }) => addPlanItemProgress(ctx.db, { ...actorOf(ctx), input })),

  /**
   * Gỡ tài liệu minh chứng (an attachment id from the item's `evidence`). Evidence is uploaded with
   * POST /api/files, subjectType 'plan_item', and downloaded with GET /api/files/:id, under plan.write / plan.read.
   */
  removeEvidence: writer
    .input(z.strictObject({ id: IdSchema }))
    .mutation(({ ctx, input }) => removePlanItemEvidence(ctx.db, { ...actorOf(ctx), id: input.id, now: ctx.now() })),
} satisfies TRPCRouterRecord;
