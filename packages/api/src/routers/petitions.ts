import {
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
    .query(({ ctx, input }) => listPetitions(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getPetition(ctx.db, ctx.user.agencyId, input.id)),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findPetitionsByIds(ctx.db, ctx.user.agencyId, input.ids)),

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
        pagination: input.pagination,
        sort: input.sort,
        filter: { [input.target]: input.id },
      }),
    ),

  create: writer
    .input(PetitionCreateSchema)
    .mutation(({ ctx, input }) => createPetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, input })),

  update: writer
    .input(PetitionUpdateSchema)
    .mutation(({ ctx, input }) =>
      updatePetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, ...input }),
    ),

  delete: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema.optional() }))
    .mutation(({ ctx, input }) => deletePetition(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  register: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
    .mutation(({ ctx, input }) =>
      registerPetition(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, ...input }),
    ),
} satisfies TRPCRouterRecord;
