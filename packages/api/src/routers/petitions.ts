import {
  todayInVietnam,
  IdSchema,
  listInputSchema,
  PaginationSchema,
  petitionReaderRoles,
  petitionWriterRoles,
  PetitionCreateSchema,
  PetitionListFilterSchema,
  PetitionSortSchema,
  PetitionUpdateSchema,
  VersionSchema,
} from '@kntc/domain';
import {
  createPetition,
  deletePetition,
  findPetitionsByIds,
  getPetition,
  getPetitionDeadline,
  listPetitions,
  registerPetition,
  updatePetition,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { roleProcedure } from '../trpc.js';

const reader = roleProcedure(petitionReaderRoles);
const writer = roleProcedure(petitionWriterRoles);

/** Đơn: react-admin's verbs plus the named steps of the letter's life. */
export const petitionsRouter = {
  list: reader
    .input(listInputSchema(PetitionSortSchema, PetitionListFilterSchema))
    .query(({ ctx, input }) => listPetitions(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getPetition(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findPetitionsByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  getManyReference: reader
    .input(
      z.strictObject({
        target: z.enum(['senderId']),
        id: IdSchema,
        pagination: PaginationSchema,
        sort: PetitionSortSchema.optional(),
      }),
    )
    .query(({ ctx, input }) =>
      listPetitions(ctx.db, {
        agencyId: ctx.user.agencyId,
        today: todayInVietnam(ctx.now()),
        pagination: input.pagination,
        sort: input.sort,
        filter: { [input.target]: input.id },
      }),
    ),

  create: writer
    .input(PetitionCreateSchema)
    .mutation(({ ctx, input }) => createPetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, today: todayInVietnam(ctx.now()), input })),

  update: writer
    .input(PetitionUpdateSchema)
    .mutation(({ ctx, input }) =>
      updatePetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, today: todayInVietnam(ctx.now()), ...input }),
    ),

  delete: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema.optional() }))
    .mutation(({ ctx, input }) => deletePetition(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  register: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
    .mutation(({ ctx, input }) =>
      registerPetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, today: todayInVietnam(ctx.now()), ...input }),
    ),

  /** The processing deadline with each step of its computation, for the detail screens. */
  deadline: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getPetitionDeadline(ctx.db, ctx.user.agencyId, input.id)),
} satisfies TRPCRouterRecord;
