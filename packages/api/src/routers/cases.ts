import {
  caseKinds,
  CaseDraftSchema,
  caseSortFields,
  caseStatuses,
  CaseFlagsSchema,
  deadlineStatuses,
  ExtendSchema,
  IdSchema,
  MeasureSchema,
  PaginationSchema,
  SignSchema,
  SortOrderSchema,
  SuspendSchema,
  TerminateSchema,
  todayInVietnam,
  VerificationStepSchema,
  VersionSchema,
} from '@kntc/domain';
import {
  actOnCase,
  addMeasure,
  addVerificationStep,
  caseSteps,
  completeMeasure,
  findCasesByIds,
  findMeasures,
  findTimeline,
  findVerificationSteps,
  getCase,
  getCaseDeadline,
  listCases,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { issueDecisionDocument, issueExtensionDocument } from '../documents/case-documents.js';
import { actorOf } from '../actor.js';
import { recordScopeOf, requireInScope, withinScope } from '../authorization/record-scope.js';
import { can } from '../trpc.js';

const reader = can('case.read');
const writer = can('case.write');
const signer = can('case.sign');
const inScope = withinScope('case');

const Step = z.strictObject({ id: IdSchema, version: VersionSchema, note: z.string().trim().max(2000).optional() });

const CaseListSchema = z.strictObject({
  pagination: PaginationSchema.default({ page: 1, perPage: 25 }),
  sort: z.strictObject({ field: z.enum(caseSortFields), order: SortOrderSchema }).optional(),
  filter: z
    .strictObject({
      q: z.string().max(200).optional(),
      kind: z.enum(caseKinds).optional(),
      status: z.enum(caseStatuses).optional(),
      assigneeId: IdSchema.optional(),
      mine: z.boolean().optional(),
      unassigned: z.boolean().optional(),
      dueStatus: z.enum(deadlineStatuses).optional(),
      petitionId: IdSchema.optional(),
      active: z.boolean().optional(),
    })
    .optional(),
});

/** Vụ việc: the accepted complaints and denunciations, from acceptance to closure. */
export const casesRouter = {
  list: reader.input(CaseListSchema).query(({ ctx, input }) => {
    const { mine, ...filter } = input.filter ?? {};
    return listCases(ctx.db, {
      agencyId: ctx.user.agencyId,
      today: todayInVietnam(ctx.now()),
      pagination: input.pagination,
      sort: input.sort,
      filter: { ...filter, ...(mine ? { assigneeId: ctx.user.id } : {}) },
      scope: recordScopeOf(ctx),
    });
  }),
  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getCase(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()), recordScopeOf(ctx))),
  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findCasesByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()), recordScopeOf(ctx))),
  deadline: reader.input(z.strictObject({ id: IdSchema })).use(inScope).query(({ ctx, input }) => getCaseDeadline(ctx.db, ctx.user.agencyId, input.id)),
  timeline: reader
    .input(z.strictObject({ id: IdSchema }))
    .use(inScope)
    .query(({ ctx, input }) => findTimeline(ctx.db, { agencyId: ctx.user.agencyId, subjectType: 'case', subjectId: input.id })),
  verificationSteps: reader.input(z.strictObject({ id: IdSchema })).query(async ({ ctx, input }) => {
    await getCase(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()), recordScopeOf(ctx));
    return findVerificationSteps(ctx.db, input.id);
  }),
  measures: reader.input(z.strictObject({ id: IdSchema })).query(async ({ ctx, input }) => {
    await getCase(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()), recordScopeOf(ctx));
    return findMeasures(ctx.db, input.id);
  }),

  startVerification: writer.input(Step).use(inScope).mutation(({ ctx, input }) => actOnCase(ctx.db, actorOf(ctx), { ...input, action: 'start_verification' })),
  startDialogue: writer.input(Step).use(inScope).mutation(({ ctx, input }) => actOnCase(ctx.db, actorOf(ctx), { ...input, action: 'start_dialogue' })),
  draft: writer
    .input(Step.omit({ note: true }).extend({ draft: CaseDraftSchema }))
    .use(inScope)
    .mutation(({ ctx, input }) => caseSteps.draft(ctx.db, actorOf(ctx), input)),
  reviseDraft: writer
    .input(Step.omit({ note: true }).extend({ draft: CaseDraftSchema }))
    .use(inScope)
    .mutation(({ ctx, input }) => caseSteps.reviseDraft(ctx.db, actorOf(ctx), input)),
  submit: writer.input(Step).use(inScope).mutation(({ ctx, input }) => actOnCase(ctx.db, actorOf(ctx), { ...input, action: 'submit' })),
  returnDraft: signer.input(Step).use(inScope).mutation(({ ctx, input }) => actOnCase(ctx.db, actorOf(ctx), { ...input, action: 'return_draft' })),
  sign: signer
    .input(Step.omit({ note: true }).extend(SignSchema.shape))
    .use(inScope)
    .mutation(({ ctx, input }) => caseSteps.sign(ctx.db, actorOf(ctx), { ...input, issue: issueDecisionDocument(ctx) })),
  startEnforcement: writer.input(Step).use(inScope).mutation(({ ctx, input }) => caseSteps.startEnforcement(ctx.db, actorOf(ctx), input)),
  close: writer.input(Step).use(inScope).mutation(({ ctx, input }) => caseSteps.close(ctx.db, actorOf(ctx), input)),
  suspend: writer.input(Step.omit({ note: true }).extend(SuspendSchema.shape)).use(inScope).mutation(({ ctx, input }) => caseSteps.suspend(ctx.db, actorOf(ctx), input)),
  resume: writer.input(Step).use(inScope).mutation(({ ctx, input }) => caseSteps.resume(ctx.db, actorOf(ctx), input)),
  terminate: signer.input(Step.omit({ note: true }).extend(TerminateSchema.shape)).use(inScope).mutation(({ ctx, input }) => caseSteps.terminate(ctx.db, actorOf(ctx), input)),
  extend: signer
    .input(Step.omit({ note: true }).extend(ExtendSchema.shape))
    .use(inScope)
    .mutation(({ ctx, input }) => caseSteps.extend(ctx.db, actorOf(ctx), { ...input, issue: issueExtensionDocument(ctx, input.reason) })),
  setFlags: writer.input(Step.omit({ note: true }).extend(CaseFlagsSchema.shape)).use(inScope).mutation(({ ctx, input }) => caseSteps.setFlags(ctx.db, actorOf(ctx), input)),
  assign: writer.input(Step.omit({ note: true }).extend({ assigneeId: IdSchema })).use(inScope).mutation(({ ctx, input }) => caseSteps.assign(ctx.db, actorOf(ctx), input)),

  /**
   * Bulk assignment: each case is reassigned in its own step, so one stale case does not block the
   * rest. Cases outside the actor's scope are simply not found, as in every list.
   */
  assignMany: writer
    .input(z.strictObject({ ids: z.array(IdSchema).min(1).max(200), assigneeId: IdSchema }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const current = await findCasesByIds(ctx.db, ctx.user.agencyId, input.ids, actor.today, recordScopeOf(ctx));
      const results = await Promise.allSettled(current.map((c) => caseSteps.assign(ctx.db, actor, { id: c.id, version: c.version, assigneeId: input.assigneeId })));
      const failed = results.flatMap((r, i) => (r.status === 'rejected' ? [{ id: current[i]?.id, message: r.reason instanceof Error ? r.reason.message : 'Lỗi' }] : []));
      return { assigned: results.length - failed.length, failed };
    }),

  addVerificationStep: writer
    .input(VerificationStepSchema.extend({ caseId: IdSchema }))
    .mutation(async ({ ctx, input }) => {
      await requireInScope(ctx, 'case', input.caseId);
      return addVerificationStep(ctx.db, actorOf(ctx), input);
    }),
  addMeasure: writer.input(MeasureSchema.extend({ caseId: IdSchema })).mutation(async ({ ctx, input }) => {
    await requireInScope(ctx, 'case', input.caseId);
    return addMeasure(ctx.db, actorOf(ctx), input);
  }),
  completeMeasure: writer
    .input(z.strictObject({ measureId: IdSchema, note: z.string().trim().max(2000).optional() }))
    .mutation(async ({ ctx, input }) => {
      await requireInScope(ctx, 'measure', input.measureId);
      return completeMeasure(ctx.db, actorOf(ctx), input);
    }),
} satisfies TRPCRouterRecord;
