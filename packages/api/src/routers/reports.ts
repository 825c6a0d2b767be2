import {
  computeForm,
  defaultReportCutOffRules,
  defaultReportForms,
  DomainError,
  ReportPeriodRequestSchema,
  resolveReportPeriod,
  type ReportForm,
  type ReportTable,
} from '@kntc/domain';
import { getAgencyIssuer, loadReportRecords, type Db } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { reportWorkbook } from '../reports/report-workbook.js';
import { can } from '../trpc.js';

const reader = can('report.read');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const ReportFormRequestSchema = z.strictObject({
  formCode: z.string({ error: 'Hãy chọn biểu mẫu.' }).trim().min(1, 'Hãy chọn biểu mẫu.'),
  period: ReportPeriodRequestSchema,
});

function formOf(code: string): ReportForm {
  const form = defaultReportForms.find((f) => f.code === code);
  if (!form) throw new DomainError('NOT_FOUND', `Không có biểu mẫu báo cáo "${code}".`, { formCode: 'Biểu mẫu không tồn tại.' });
  return form;
}

/**
 * One form over one period for the caller's agency. The register is the agency's one book, so a
 * 'by_unit' form has one row, the agency itself.
 */
async function computeAgencyForm(db: Db, agencyId: string, input: z.infer<typeof ReportFormRequestSchema>) {
  const form = formOf(input.formCode);
  const period = resolveReportPeriod(input.period, defaultReportCutOffRules);
  const [records, agency] = await Promise.all([loadReportRecords(db, { agencyId, from: period.from, to: period.to }), getAgencyIssuer(db, agencyId)]);
  const table: ReportTable = computeForm(form, records, period, { units: [{ id: agencyId, name: agency.issuer.textName }] });
  return { form, table, agency };
}

/** Báo cáo thống kê: the statutory forms (01/TCD, 02/XLD) computed from the registers. */
export const reportsRouter = {
  /** The forms the system can compute, for the report screen's choice. */
  forms: reader.query(() => defaultReportForms.map((f) => ({ code: f.code, title: f.title, basis: f.basis, confidence: f.confidence }))),

  /** The computed table of a form over a statutory period or any range of days. */
  form: reader.input(ReportFormRequestSchema).query(async ({ ctx, input }) => (await computeAgencyForm(ctx.db, ctx.user.agencyId, input)).table),

  /**
   * The computed form as .xlsx in the printed layout. A mutation, so that every report leaving the
   * system is written to the audit log, as the other exports are.
   */
  exportXlsx: reader.input(ReportFormRequestSchema).mutation(async ({ ctx, input }) => {
    const { form, table, agency } = await computeAgencyForm(ctx.db, ctx.user.agencyId, input);
    const content = await reportWorkbook({ parentName: agency.issuer.parentName, agencyName: agency.issuer.name }, form, table);
    ctx.audit.note = `Biểu ${form.code}, ${table.period.label} (${table.period.from} – ${table.period.to})`;
    return {
      fileName: `bao-cao-${form.code.replace('/', '-').toLowerCase()}-${table.period.from}-${table.period.to}.xlsx`,
      mimeType: XLSX,
      base64: content.toString('base64'),
    };
  }),
} satisfies TRPCRouterRecord;
