import {
  AllowancePeriodSchema,
  IdSchema,
  listInputSchema,
  PaginationSchema,
  StaffAssignmentDataSchema,
  StaffAssignmentListFilterSchema,
  StaffAssignmentSortSchema,
  StaffAssignmentUpdateSchema,
  todayInVietnam,
} from '@kntc/domain';
import { createStaffAssignment, findAllowanceDays, findStaffAssignmentsByIds, getStaffAssignment, listStaffAssignments, updateStaffAssignment } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('office.read');
const writer = can('office.write');

/**
 * Phân công cán bộ: who does reception and complaint work, where, with which rank, since when; a
 * period is ended (dateEnded), never deleted, so each official's history stays.
 */
export const staffAssignmentsRouter = {
  list: reader
    .input(listInputSchema(StaffAssignmentSortSchema, StaffAssignmentListFilterSchema))
    .query(({ ctx, input }) => listStaffAssignments(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getStaffAssignment(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findStaffAssignmentsByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  /** An official's assignment history, or a unit's officials. */
  getManyReference: reader
    .input(z.strictObject({ target: z.enum(['userId', 'unitId']), id: IdSchema, pagination: PaginationSchema, sort: StaffAssignmentSortSchema.optional() }))
    .query(({ ctx, input }) =>
      listStaffAssignments(ctx.db, {
        agencyId: ctx.user.agencyId,
        today: todayInVietnam(ctx.now()),
        pagination: input.pagination,
        sort: input.sort,
        filter: { [input.target]: input.id },
      }),
    ),

  create: writer.input(StaffAssignmentDataSchema).mutation(({ ctx, input }) => createStaffAssignment(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(StaffAssignmentUpdateSchema).mutation(({ ctx, input }) => updateStaffAssignment(ctx.db, { ...actorOf(ctx), ...input })),

  /**
   * Ngày tiếp công dân and bồi dưỡng per official over a period, from the register and the head's
   * sessions, at the rates of the rate table (unconfirmed rates are flagged).
   */
  allowanceDays: reader
    .input(AllowancePeriodSchema)
    .query(({ ctx, input }) => findAllowanceDays(ctx.db, { agencyId: ctx.user.agencyId, from: input.from, to: input.to, today: todayInVietnam(ctx.now()) })),
} satisfies TRPCRouterRecord;
