import { AnnualPlanDataSchema, AnnualPlanExportSchema, AnnualPlanListFilterSchema, AnnualPlanSortSchema, AnnualPlanUpdateSchema, IdSchema, listInputSchema, todayInVietnam } from '@kntc/domain';
import { createAnnualPlan, findAnnualPlansByIds, getAnnualPlan, listAnnualPlans, updateAnnualPlan } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { signerOf } from '../documents/signer.js';
import { planYearEndSummary } from '../plans/plan-summary.js';
import { can } from '../trpc.js';

const reader = can('plan.read');
const writer = can('plan.write');

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Kế hoạch công tác năm: the plan as signed, with where its items stand today. Items: `planItems`. */
export const annualPlansRouter = {
  list: reader
    .input(listInputSchema(AnnualPlanSortSchema, AnnualPlanListFilterSchema))
    .query(({ ctx, input }) => listAnnualPlans(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getAnnualPlan(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findAnnualPlansByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  create: writer.input(AnnualPlanDataSchema).mutation(({ ctx, input }) => createAnnualPlan(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(AnnualPlanUpdateSchema).mutation(({ ctx, input }) => updateAnnualPlan(ctx.db, { ...actorOf(ctx), ...input })),

  /**
   * Báo cáo kết quả thực hiện kế hoạch (.docx draft), dated today unless a date is given, signed by
   * the Director unless another signer is named. A mutation, so every copy made is in the audit log.
   */
  exportSummary: reader.input(AnnualPlanExportSchema).mutation(async ({ ctx, input }) => {
    const date = input.date ?? todayInVietnam(ctx.now());
    const signer = input.signerName && input.signerTitle ? { name: input.signerName, title: input.signerTitle } : undefined;
    const file = await planYearEndSummary(ctx.db, { agencyId: ctx.user.agencyId, planId: input.id, date, signer, fallbackSigner: signerOf(ctx.user) });
    ctx.audit.note = `Báo cáo kết quả thực hiện kế hoạch, ${String(file.items)} mục, ngày ${date}`;
    return { fileName: file.fileName, mimeType: DOCX, base64: file.content.toString('base64') };
  }),
} satisfies TRPCRouterRecord;
