import {
  IdSchema,
  listInputSchema,
  PaginationSchema,
  ReceptionRegisterExportSchema,
  ReceptionVisitCreateSchema,
  ReceptionVisitListFilterSchema,
  ReceptionVisitSortSchema,
  ReceptionVisitUpdateSchema,
  IsoDateSchema,
  refusalGroundsInForce,
  todayInVietnam,
} from '@kntc/domain';
import {
  createReceptionVisit,
  findReceptionVisitsByIds,
  findVisitsForRegister,
  getAgencyIssuer,
  getReceptionVisit,
  listReceptionVisits,
  updateReceptionVisit,
} from '@kntc/db';
import { TRPCError } from '@trpc/server';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { registerDocx, registerWorkbook } from '../reception/register-files.js';
import { can, FORBIDDEN_MESSAGE } from '../trpc.js';

const reader = can('reception.read');
const writer = can('reception.write');

/** Handing over a letter registers it in the petition flow, which is the letter writers' permission. */
function assertMayRegisterLetters(ctx: { permissions: Record<string, unknown> }, outcome: string) {
  if (outcome === 'letter_received' && ctx.permissions['petition.write'] === undefined) {
    throw new TRPCError({ code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE });
  }
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sổ tiếp công dân: react-admin's verbs, the refusal grounds in force, and the printable register. */
export const receptionVisitsRouter = {
  list: reader
    .input(listInputSchema(ReceptionVisitSortSchema, ReceptionVisitListFilterSchema))
    .query(({ ctx, input }) => listReceptionVisits(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getReceptionVisit(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findReceptionVisitsByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  /** The visit a letter came from, for the letter's page. */
  getManyReference: reader
    .input(z.strictObject({ target: z.enum(['petitionId']), id: IdSchema, pagination: PaginationSchema, sort: ReceptionVisitSortSchema.optional() }))
    .query(({ ctx, input }) =>
      listReceptionVisits(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), pagination: input.pagination, sort: input.sort, filter: { petitionId: input.id } }),
    ),

  create: writer.input(ReceptionVisitCreateSchema).mutation(({ ctx, input }) => {
    assertMayRegisterLetters(ctx, input.outcome);
    return createReceptionVisit(ctx.db, { ...actorOf(ctx), input, vault: ctx.secrets.vault, matchProtected: ctx.permissions['identity.reveal'] !== undefined });
  }),

  update: writer.input(ReceptionVisitUpdateSchema).mutation(({ ctx, input }) => {
    assertMayRegisterLetters(ctx, input.data.outcome);
    return updateReceptionVisit(ctx.db, { ...actorOf(ctx), ...input, vault: ctx.secrets.vault, matchProtected: ctx.permissions['identity.reveal'] !== undefined });
  }),

  /** The grounds for refusing a reception in force on a date, with their legal basis and confidence. */
  refusalGrounds: reader.input(z.strictObject({ date: IsoDateSchema })).query(({ input }) => refusalGroundsInForce(input.date)),

  /**
   * The register for a period as .xlsx or .docx. A mutation, so that printing the register is
   * written to the audit log like any copy of personal data leaving the system.
   */
  export: reader.input(ReceptionRegisterExportSchema).mutation(async ({ ctx, input }) => {
    const visits = await findVisitsForRegister(ctx.db, { agencyId: ctx.user.agencyId, from: input.from, to: input.to, today: todayInVietnam(ctx.now()) });
    const { issuer } = await getAgencyIssuer(ctx.db, ctx.user.agencyId);
    const header = { parentName: issuer.parentName, agencyName: issuer.name, from: input.from, to: input.to };
    const content = input.format === 'xlsx' ? await registerWorkbook(header, visits) : await registerDocx(header, visits);
    ctx.audit.note = `${visits.length} lượt tiếp, ${input.from} – ${input.to}, định dạng ${input.format}`;
    return {
      fileName: `so-tiep-cong-dan-${input.from}-${input.to}.${input.format}`,
      mimeType: input.format === 'xlsx' ? XLSX : DOCX,
      base64: content.toString('base64'),
      rows: visits.length,
    };
  }),
} satisfies TRPCRouterRecord;
