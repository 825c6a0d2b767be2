import { IdSchema, listInputSchema, PaginationSchema, TrainingDataSchema, TrainingListFilterSchema, TrainingSortSchema, TrainingUpdateSchema } from '@kntc/domain';
import { createTraining, findTrainingsByIds, getTraining, listTrainings, updateTraining } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('office.read');
const writer = can('office.write');

/** Tập huấn nghiệp vụ and tuyên truyền, phổ biến pháp luật, with who was invited and who came. */
export const trainingsRouter = {
  list: reader
    .input(listInputSchema(TrainingSortSchema, TrainingListFilterSchema))
    .query(({ ctx, input }) => listTrainings(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getTraining(ctx.db, ctx.user.agencyId, input.id)),

  getMany: reader.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findTrainingsByIds(ctx.db, ctx.user.agencyId, input.ids)),

  /** The sessions implementing a plan item, organised by a unit, or attended by an official. */
  getManyReference: reader
    .input(
      z.strictObject({
        target: z.enum(['planItemId', 'organiserUnitId', 'attendeeUserId']),
        id: IdSchema,
        pagination: PaginationSchema,
        sort: TrainingSortSchema.optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listTrainings(ctx.db, { agencyId: ctx.user.agencyId, pagination: input.pagination, sort: input.sort, filter: { [input.target]: input.id } }),
    ),

  create: writer.input(TrainingDataSchema).mutation(({ ctx, input }) => createTraining(ctx.db, { ...actorOf(ctx), input })),

  /** Also how attendance is recorded after the day: the attendee list is saved whole. */
  update: writer.input(TrainingUpdateSchema).mutation(({ ctx, input }) => updateTraining(ctx.db, { ...actorOf(ctx), ...input })),
} satisfies TRPCRouterRecord;
