import {
  IdSchema,
  PaginationSchema,
  PublicationCreateSchema,
  PublicationReviewUpdateSchema,
  publicationStates,
  PublicationStepSchema,
  SortOrderSchema,
} from '@kntc/domain';
import {
  approvePublication,
  createPublicationFromCase,
  findPublicationCandidates,
  getPublicationRecord,
  listPublicationRecords,
  publishPublication,
  reopenPublication,
  reviewPublication,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import type { Context } from '../context.js';
import { can } from '../trpc.js';

/** Inspectors and unit heads prepare the redaction; the director and deputies approve and publish (Luật TC Đ40). */
const redactor = can('publication.redact');
const approver = can('publication.approve');

const ListSchema = z.strictObject({
  pagination: PaginationSchema.default({ page: 1, perPage: 25 }),
  /** Accepted for react-admin, not used: drafts and publications come most recently changed first. */
  sort: z.strictObject({ field: z.string().max(50), order: SortOrderSchema }).optional(),
  filter: z.strictObject({ state: z.enum(publicationStates).optional(), q: z.string().max(200).optional() }).optional(),
});

type Signed = Pick<Context, 'db' | 'now' | 'secrets'> & { user: { id: string; agencyId: string } };

/** The record as the review screen needs it, with whether the caller shaped the redaction (and so may not approve it). */
async function detail(ctx: Signed, id: string) {
  const record = await getPublicationRecord(ctx.db, { agencyId: ctx.user.agencyId, id, vault: ctx.secrets.vault });
  return { ...record, isOwnRedaction: record.draftedBy === ctx.user.id || record.lastEditedBy === ctx.user.id };
}

/**
 * Công khai: the redaction of signed decisions and conclusions before they reach the portal. The
 * public router reads only what `approve` writes; the source text never leaves this router.
 */
export const publicationsRouter = {
  list: redactor
    .input(ListSchema)
    .query(({ ctx, input }) => listPublicationRecords(ctx.db, { agencyId: ctx.user.agencyId, pagination: input.pagination, filter: input.filter })),
  getOne: redactor.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => detail(ctx, input.id)),
  /** Signed decisions and conclusions not yet turned into a publication. */
  candidates: redactor.query(({ ctx }) => findPublicationCandidates(ctx.db, ctx.user.agencyId)),

  createFromCase: redactor.input(PublicationCreateSchema).mutation(async ({ ctx, input }) => {
    const id = await createPublicationFromCase(ctx.db, actorOf(ctx), { caseId: input.caseId, vault: ctx.secrets.vault });
    return detail(ctx, id);
  }),
  updateMasks: redactor.input(PublicationReviewUpdateSchema).mutation(async ({ ctx, input }) => {
    await reviewPublication(ctx.db, actorOf(ctx), input);
    return detail(ctx, input.id);
  }),
  approve: approver.input(PublicationStepSchema).mutation(async ({ ctx, input }) => {
    await approvePublication(ctx.db, actorOf(ctx), { ...input, vault: ctx.secrets.vault });
    return detail(ctx, input.id);
  }),
  reopen: approver.input(PublicationStepSchema).mutation(async ({ ctx, input }) => {
    await reopenPublication(ctx.db, actorOf(ctx), input);
    return detail(ctx, input.id);
  }),
  publish: approver.input(PublicationStepSchema).mutation(async ({ ctx, input }) => {
    await publishPublication(ctx.db, { ...actorOf(ctx), now: ctx.now() }, input);
    return detail(ctx, input.id);
  }),
} satisfies TRPCRouterRecord;
