import {
  IdSchema,
  IsoDateSchema,
  PaginationSchema,
  PublicationCreateSchema,
  publicationKinds,
  PublicationPublishSchema,
  PublicationReviewUpdateSchema,
  publicationStates,
  PublicationStepSchema,
  PublicationTakeDownSchema,
  SortOrderSchema,
  todayInVietnam,
} from '@kntc/domain';
import {
  approvePublication,
  createPublicationFromCase,
  findPublicationCandidates,
  getPublicationRecord,
  listPublicationRecords,
  publicationSortFields,
  publishPublication,
  reopenPublication,
  reviewPublication,
  takeDownPublication,
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
  /** react-admin sends its default sort field too; a field that cannot be sorted on means "most recently changed first". */
  sort: z.strictObject({ field: z.string().max(50), order: SortOrderSchema }).optional(),
  filter: z
    .strictObject({
      state: z.enum(publicationStates).optional(),
      kind: z.enum(publicationKinds).optional(),
      q: z.string().max(200).optional(),
      isPublishOverdue: z.boolean().optional(),
      isUnderMinimumPosting: z.boolean().optional(),
      publishDueDateLte: IsoDateSchema.optional(),
      postedFromGte: IsoDateSchema.optional(),
      postedUntilLte: IsoDateSchema.optional(),
    })
    .optional(),
});

const sortOf = (sort: z.output<typeof ListSchema>['sort']) => {
  const field = publicationSortFields.find((f) => f === sort?.field);
  return field && sort ? { field, order: sort.order } : undefined;
};

type Signed = Pick<Context, 'db' | 'now' | 'secrets'> & { user: { id: string; agencyId: string } };

/** The record as the review screen needs it, with whether the caller shaped the redaction (and so may not approve it). */
async function detail(ctx: Signed, id: string) {
  const record = await getPublicationRecord(ctx.db, { agencyId: ctx.user.agencyId, id, today: todayInVietnam(ctx.now()), vault: ctx.secrets.vault });
  return { ...record, isOwnRedaction: record.draftedBy === ctx.user.id || record.lastEditedBy === ctx.user.id };
}

/**
 * Công khai: the redaction of signed decisions and conclusions before they reach the portal. The
 * public router reads only what `approve` writes; the source text never leaves this router.
 */
export const publicationsRouter = {
  list: redactor
    .input(ListSchema)
    .query(({ ctx, input }) =>
      listPublicationRecords(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), pagination: input.pagination, filter: input.filter, sort: sortOf(input.sort) }),
    ),
  getOne: redactor.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => detail(ctx, input.id)),
  /** Signed decisions and conclusions not yet turned into a publication, with their publish-by date. */
  candidates: redactor.query(({ ctx }) => findPublicationCandidates(ctx.db, ctx.user.agencyId, todayInVietnam(ctx.now()))),

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
  /** Đăng công khai from today (Vietnam); `postedUntil` may only lengthen the legal minimum posting period. */
  publish: approver.input(PublicationPublishSchema).mutation(async ({ ctx, input }) => {
    await publishPublication(ctx.db, { ...actorOf(ctx), now: ctx.now() }, input);
    return detail(ctx, input.id);
  }),
  /** Gỡ bản công khai with a public reason; early takedowns (before the minimum posting period) need a fuller one. */
  takeDown: approver.input(PublicationTakeDownSchema).mutation(async ({ ctx, input }) => {
    await takeDownPublication(ctx.db, { ...actorOf(ctx), now: ctx.now() }, input);
    return detail(ctx, input.id);
  }),
} satisfies TRPCRouterRecord;
