import { diffReportTables, FiledReportCreateSchema, FiledReportListFilterSchema, FiledReportSortSchema, IdSchema, listInputSchema } from '@kntc/domain';
import { fileReport, getFiledReport, getFiledReportFile, listFiledReports } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { agencyReportFile, computeAgencyReport, computeAgencyReportOver, reportAuditNote, reportFormOf, XLSX_MIME_TYPE } from '../reports/agency-report.js';
import { can } from '../trpc.js';

const reader = can('report.read');
const filer = can('report.file');

/**
 * Báo cáo đã nộp: a statutory report frozen when it is sent (chốt số liệu), so what the agency
 * reported stays readable and downloadable as sent while the registers keep changing; each filing
 * shows how today's numbers differ from it.
 */
export const filedReportsRouter = {
  list: reader
    .input(listInputSchema(FiledReportSortSchema, FiledReportListFilterSchema))
    .query(({ ctx, input }) => listFiledReports(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  /** The filing with its frozen table, the same form recomputed now over the same days, and the cells that differ. */
  getOne: reader.input(z.strictObject({ id: IdSchema })).query(async ({ ctx, input }) => {
    const { filed, ...summary } = await getFiledReport(ctx.db, ctx.user.agencyId, input.id);
    const { table: current } = await computeAgencyReportOver(ctx.db, ctx.user.agencyId, reportFormOf(summary.formCode), filed.period);
    return { ...summary, filed, current, differences: diffReportTables(filed, current) };
  }),

  /** Chốt số liệu: computes the form now and stores its numbers and its .xlsx as filed, with who filed it. */
  create: filer.input(FiledReportCreateSchema).mutation(async ({ ctx, input }) => {
    const report = await computeAgencyReport(ctx.db, ctx.user.agencyId, input);
    const file = await agencyReportFile(report);
    const summary = await fileReport(ctx.db, {
      agencyId: ctx.user.agencyId,
      userId: ctx.user.id,
      filedAt: ctx.now(),
      formCode: report.form.code,
      period: report.period,
      periodRequest: input.period,
      table: report.table,
      fileName: file.fileName,
      content: file.content,
      note: input.note,
    });
    ctx.audit.note = `Chốt số liệu ${reportAuditNote(report.form.code, report.period)}`;
    return summary;
  }),

  /** The .xlsx exactly as filed. A mutation, so every copy leaving the system is in the audit log. */
  download: reader.input(z.strictObject({ id: IdSchema })).mutation(async ({ ctx, input }) => {
    const file = await getFiledReportFile(ctx.db, ctx.user.agencyId, input.id);
    ctx.audit.note = `Tải báo cáo đã nộp: biểu ${file.formCode}, ${file.periodLabel}`;
    return { fileName: file.fileName, mimeType: XLSX_MIME_TYPE, base64: file.content.toString('base64'), sha256: file.contentSha256 };
  }),
} satisfies TRPCRouterRecord;
