import {
  DomainError,
  IdSchema,
  PaginationSchema,
  passwordProblem,
  ResetPasswordSchema,
  roleCodes,
  SortOrderSchema,
  UserAccountCreateSchema,
  UserAccountDataSchema,
  VersionSchema,
} from '@kntc/domain';
import {
  createAccount,
  getAccount,
  hashPassword,
  listAccounts,
  listAgencyUnits,
  listAgencyUsers,
  resetAccountPassword,
  resetAccountTotp,
  updateAccount,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { can, signedInProcedure } from '../trpc.js';

const manager = can('user.manage');

const AccountListInputSchema = z
  .strictObject({
    pagination: PaginationSchema.default({ page: 1, perPage: 25 }),
    sort: z
      .strictObject({ field: z.enum(['username', 'fullName', 'role', 'unitName', 'isActive', 'updatedAt']), order: SortOrderSchema })
      .optional(),
    filter: z
      .strictObject({
        q: z.string().trim().max(100).optional(),
        role: z.enum(roleCodes).optional(),
        isActive: z.boolean().optional(),
      })
      .optional(),
  })
  .default({ pagination: { page: 1, perPage: 25 } });

/** A temporary password is still a password: the same rules, checked against the account's username. */
function assertTemporaryPassword(password: string, username: string) {
  const problem = passwordProblem(password, { username });
  if (problem) throw new DomainError('VALIDATION', problem, { temporaryPassword: problem });
}

/** Cán bộ: the agency's active officials (names and roles only; no credentials ever leave the server). */
export const usersRouter = {
  list: can('user.read')
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
  getMany: can('user.read').input(z.strictObject({ ids: z.array(z.uuid()).max(200) })).query(async ({ ctx, input }) => {
    const all = await listAgencyUsers(ctx.db, ctx.user.agencyId);
    return all.filter((u) => input.ids.includes(u.id));
  }),

  /** The agency's units, for the unit picker of the account form. */
  units: signedInProcedure.query(({ ctx }) => listAgencyUnits(ctx.db, ctx.user.agencyId)),

  /** Tài khoản cán bộ: every account of the agency, inactive ones included, for the administrator. */
  accounts: manager.input(AccountListInputSchema).query(({ ctx, input }) => listAccounts(ctx.db, ctx.user.agencyId, input)),
  getOne: manager.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getAccount(ctx.db, ctx.user.agencyId, input.id)),
  create: manager.input(UserAccountCreateSchema).mutation(async ({ ctx, input }) => {
    const { temporaryPassword, ...account } = input;
    assertTemporaryPassword(temporaryPassword, account.username);
    return createAccount(ctx.db, {
      agencyId: ctx.user.agencyId,
      input: account,
      passwordHash: await hashPassword(temporaryPassword),
      now: ctx.now(),
    });
  }),
  /** Role, unit, name, active flag. Deactivating ends the official's sessions at once. */
  update: manager
    .input(z.strictObject({ id: IdSchema, version: VersionSchema, data: UserAccountDataSchema }))
    .mutation(({ ctx, input }) =>
      updateAccount(ctx.db, { agencyId: ctx.user.agencyId, actorId: ctx.user.id, ...input, now: ctx.now() }),
    ),
  /** Đặt lại mật khẩu: a temporary password to hand over; the official must change it at next sign-in. */
  resetPassword: manager.input(ResetPasswordSchema).mutation(async ({ ctx, input }) => {
    const account = await getAccount(ctx.db, ctx.user.agencyId, input.id);
    assertTemporaryPassword(input.temporaryPassword, account.username);
    return resetAccountPassword(ctx.db, {
      agencyId: ctx.user.agencyId,
      id: input.id,
      passwordHash: await hashPassword(input.temporaryPassword),
      now: ctx.now(),
    });
  }),
  /** For an official who lost their authenticator app: sign-in asks for the password only until they enrol again. */
  resetTotp: manager
    .input(z.strictObject({ id: IdSchema }))
    .mutation(({ ctx, input }) => resetAccountTotp(ctx.db, { agencyId: ctx.user.agencyId, id: input.id, now: ctx.now() })),
} satisfies TRPCRouterRecord;
