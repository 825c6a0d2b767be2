import {
  ClassificationSchema,
  SplitSchema,
  handlingOutcomes,
  todayInVietnam,
  IdSchema,
  listInputSchema,
  PaginationSchema,
  PetitionCreateSchema,
  PetitionListFilterSchema,
  PetitionSortSchema,
  PetitionUpdateSchema,
  VersionSchema,
} from '@kntc/domain';
import {
  approveProposal,
  issueReceipt,
  classifyPetition,
  suggestDuplicates,
  evaluatePetitionOutcomes,
  findTimeline,
  markDuplicate,
  proposeOutcome,
  rejectProposal,
  unlinkDuplicate,
  splitPetition,
  unsplitPetition,
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
import { receipt } from '@kntc/documents';
import { issueOutcomeDocument } from '../documents/issue-outcome.js';
import { newTrackingCode } from '../tracking.js';
import { actorOf } from '../actor.js';
import { recordScopeOf, withinScope } from '../authorization/record-scope.js';
import { can } from '../trpc.js';

const reader = can('petition.read');
const writer = can('petition.write');
const approver = can('petition.approve');
const inScope = withinScope('petition');

const StepSchema = z.strictObject({ id: IdSchema, version: VersionSchema, note: z.string().trim().max(2000).optional() });

/** Đơn: react-admin's verbs plus the named steps of the letter's life. */
export const petitionsRouter = {
  list: reader
    .input(listInputSchema(PetitionSortSchema, PetitionListFilterSchema))
    .query(({ ctx, input }) => listPetitions(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), scope: recordScopeOf(ctx), ...input })),

  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getPetition(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()), recordScopeOf(ctx))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findPetitionsByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()), recordScopeOf(ctx))),

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
        scope: recordScopeOf(ctx),
      }),
    ),

  create: writer
    .input(PetitionCreateSchema)
    .mutation(({ ctx, input }) => createPetition(ctx.db, { ...actorOf(ctx), input, vault: ctx.secrets.vault })),

  update: writer
    .input(PetitionUpdateSchema)
    .use(inScope)
    .mutation(({ ctx, input }) =>
      updatePetition(ctx.db, { ...actorOf(ctx), ...input, vault: ctx.secrets.vault }),
    ),

  delete: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema.optional() }))
    .use(inScope)
    .mutation(({ ctx, input }) => deletePetition(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  register: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema }))
    .use(inScope)
    .mutation(({ ctx, input }) =>
      registerPetition(ctx.db, { ...actorOf(ctx), ...input }),
    ),

  /** The processing deadline with each step of its computation, for the detail screens. */
  deadline: reader
    .input(z.strictObject({ id: IdSchema }))
    .use(inScope)
    .query(({ ctx, input }) => getPetitionDeadline(ctx.db, ctx.user.agencyId, input.id)),

  /**
   * Earlier letters from the same person or on the same matter, with the reason for each suggestion.
   * A tool of the letter form, so for those who file letters; it searches the whole agency on
   * purpose, since the earlier letter was often received by someone else.
   */
  suggestDuplicates: writer
    .input(
      z.strictObject({
        sender: z.strictObject({
          fullName: z.string().max(200),
          address: z.string().max(500).default(''),
          idNumber: z.string().max(20).nullish(),
        }),
        summary: z.string().max(500).default(''),
        excludeId: IdSchema.optional(),
      }),
    )
    .query(({ ctx, input }) =>
      suggestDuplicates(ctx.db, {
        agencyId: ctx.user.agencyId,
        sender: { ...input.sender, idNumber: input.sender.idNumber ?? null },
        summary: input.summary,
        excludeId: input.excludeId,
        vault: ctx.secrets.vault,
        // Matching an ID number to a protected sender would tell who denounced: only for those who may know.
        matchProtected: ctx.permissions['identity.reveal'] !== undefined,
      }),
    ),

  /**
   * Prints the giấy biên nhận with a new tracking code. The code is returned once, here, and is on
   * the printed receipt; only its HMAC is stored, and a reprint revokes the previous code.
   */
  issueReceipt: writer.input(z.strictObject({ id: IdSchema, version: VersionSchema })).use(inScope).mutation(async ({ ctx, input }) => {
    const { code, hash } = newTrackingCode(ctx.secrets.tracking);
    const document = await issueReceipt(ctx.db, {
      ...actorOf(ctx),
      ...input,
      trackingHash: hash,
      vault: ctx.secrets.vault,
      build: (c, facts) =>
        receipt({
          issuer: c.issuer,
          symbol: c.symbol,
          place: c.place,
          date: c.date,
          signer: { title: (ctx.user.position || 'Cán bộ tiếp nhận').toLocaleUpperCase('vi'), name: ctx.user.fullName },
          receiptNumber: facts.receiptSeq,
          receivedDate: facts.receivedDate,
          ...(facts.kind === 'complaint' || facts.kind === 'denunciation' || facts.kind === 'recommendation' ? { kind: facts.kind } : {}),
          sender: { salutation: 'ông (bà)', name: facts.senderName, address: facts.senderAddress },
          trackingCode: code,
        }),
    });
    return { trackingCode: code, document: { id: document.id, number: document.number } };
  }),

  /** Every action on the letter, oldest first. */
  timeline: reader
    .input(z.strictObject({ id: IdSchema }))
    .use(inScope)
    .query(({ ctx, input }) => findTimeline(ctx.db, { agencyId: ctx.user.agencyId, subjectType: 'petition', subjectId: input.id })),

  /** The outcomes the rules allow for the current classification, each refusal with its reason. */
  outcomes: reader
    .input(z.strictObject({ id: IdSchema }))
    .use(inScope)
    .query(({ ctx, input }) => evaluatePetitionOutcomes(ctx.db, ctx.user.agencyId, input.id)),

  classify: writer
    .input(z.strictObject({ id: IdSchema, version: VersionSchema, classification: ClassificationSchema }))
    .use(inScope)
    .mutation(({ ctx, input }) => classifyPetition(ctx.db, actorOf(ctx), input)),

  propose: writer
    .input(StepSchema.extend({ outcome: z.enum(handlingOutcomes, { error: 'Hãy chọn hướng xử lý.' }), target: z.string().trim().min(3, { error: 'Hãy ghi tên cơ quan có thẩm quyền (ít nhất 3 ký tự).' }).max(300, { error: 'Tên cơ quan quá dài.' }).optional() }))
    .use(inScope)
    .mutation(({ ctx, input }) => proposeOutcome(ctx.db, actorOf(ctx), input)),

  approve: approver
    .input(StepSchema)
    .use(inScope)
    .mutation(({ ctx, input }) => approveProposal(ctx.db, actorOf(ctx), { ...input, onApproved: issueOutcomeDocument(ctx) })),

  reject: approver
    .input(StepSchema.extend({ note: z.string().trim().min(5, { error: 'Hãy ghi lý do trả lại đề xuất.' }).max(2000) }))
    .use(inScope)
    .mutation(({ ctx, input }) => rejectProposal(ctx.db, actorOf(ctx), input)),

  markDuplicate: writer
    .input(StepSchema.extend({ duplicateOfId: IdSchema }))
    .use(inScope)
    .mutation(({ ctx, input }) => markDuplicate(ctx.db, actorOf(ctx), input)),

  unlinkDuplicate: writer.input(StepSchema).use(inScope).mutation(({ ctx, input }) => unlinkDuplicate(ctx.db, actorOf(ctx), input)),

  /** Splits a letter with several contents into items of their own kind; undone while no item has moved on. */
  split: writer.input(StepSchema.extend({ items: SplitSchema })).use(inScope).mutation(({ ctx, input }) => splitPetition(ctx.db, actorOf(ctx), input)),
  unsplit: writer.input(StepSchema).use(inScope).mutation(({ ctx, input }) => unsplitPetition(ctx.db, actorOf(ctx), input)),
} satisfies TRPCRouterRecord;
