import {
  computeForm,
  defaultReportCutOffRules,
  defaultReportForms,
  DomainError,
  leafColumns,
  recordsBehindCell,
  ReportPeriodRequestSchema,
  resolveReportPeriod,
  type ComputeFormOptions,
  type ReportCellRecords,
  type ReportForm,
  type ReportPeriod,
  type ReportRecords,
  type ReportTable,
} from '@kntc/domain';
import { getAgencyIssuer, loadReportRecordCounts, loadReportRecords, type Db } from '@kntc/db';
import { z } from 'zod';
import { reportWorkbook } from './report-workbook.js';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A form over a period, as every report procedure asks for it. */
export const ReportFormRequestSchema = z.strictObject({
  formCode: z.string({ error: 'Hãy chọn biểu mẫu.' }).trim().min(1, 'Hãy chọn biểu mẫu.'),
  period: ReportPeriodRequestSchema,
});
export type ReportFormRequest = z.infer<typeof ReportFormRequestSchema>;

export function reportFormOf(code: string): ReportForm {
  const form = defaultReportForms.find((f) => f.code === code);
  if (!form) throw new DomainError('NOT_FOUND', `Không có biểu mẫu báo cáo "${code}".`, { formCode: 'Biểu mẫu không tồn tại.' });
  return form;
}

/**
 * 'counts': the registers grouped by what the form's measures read (a few thousand records for a
 * year of 100,000 letters), enough for the table; 'lines': every register line with its reference,
 * for the list behind a cell. Both give the same table.
 */
export type ReportDetail = 'counts' | 'lines';

export interface AgencyReport {
  form: ReportForm;
  period: ReportPeriod;
  records: ReportRecords;
  options: ComputeFormOptions;
  agency: Awaited<ReturnType<typeof getAgencyIssuer>>;
  table: ReportTable;
}

/**
 * One form over one period for an agency, with the records it was computed from. The register is
 * the agency's one book, so a 'by_unit' form has one row, the agency itself.
 */
export async function computeAgencyReport(db: Db, agencyId: string, input: ReportFormRequest, detail: ReportDetail = 'counts'): Promise<AgencyReport> {
  return computeAgencyReportOver(db, agencyId, reportFormOf(input.formCode), resolveReportPeriod(input.period, defaultReportCutOffRules), detail);
}

/** The same over an already resolved period: a filed report is recomputed over the days it covered. */
export async function computeAgencyReportOver(db: Db, agencyId: string, form: ReportForm, period: ReportPeriod, detail: ReportDetail = 'counts'): Promise<AgencyReport> {
  const range = { agencyId, from: period.from, to: period.to };
  const sources = new Set(leafColumns(form.columns).map((c) => c.measure.source));
  const load =
    detail === 'lines'
      ? loadReportRecords(db, range)
      : loadReportRecordCounts(db, { ...range, sources: { letters: sources.has('letters'), visits: sources.has('visits'), sessions: sources.has('sessions') } });
  const [records, agency] = await Promise.all([load, getAgencyIssuer(db, agencyId)]);
  const options: ComputeFormOptions = { units: [{ id: agencyId, name: agency.issuer.textName }] };
  return { form, period, records, options, agency, table: computeForm(form, records, period, options) };
}

/**
 * The register lines behind one cell of a form (the total row without `unitId`), without their
 * summaries: a cell of a year at national volume holds tens of thousands of lines, so its list
 * reads only the register the column counts, weighs every line (the total must be the form's
 * figure), and reads the summaries of the page it shows (`loadReportLineSummaries`).
 */
export async function agencyReportCell(db: Db, agencyId: string, input: ReportFormRequest, columnNumber: number, unitId?: string): Promise<ReportCellRecords> {
  const form = reportFormOf(input.formCode);
  const period = resolveReportPeriod(input.period, defaultReportCutOffRules);
  // An unknown column reads nothing; recordsBehindCell then refuses it with the form's message.
  const source = leafColumns(form.columns).find((c) => c.number === columnNumber)?.measure.source;
  const sources = { letters: source === 'letters', visits: source === 'visits', sessions: source === 'sessions' };
  const [records, agency] = await Promise.all([
    loadReportRecords(db, { agencyId, from: period.from, to: period.to, sources, summaries: false }),
    getAgencyIssuer(db, agencyId),
  ]);
  return recordsBehindCell(form, columnNumber, records, period, { units: [{ id: agencyId, name: agency.issuer.textName }] }, unitId);
}

/** The .xlsx of a computed form in the printed layout, with the name it is downloaded under. */
export async function agencyReportFile(report: Pick<AgencyReport, 'form' | 'agency' | 'table'>): Promise<{ fileName: string; content: Buffer }> {
  const { form, agency, table } = report;
  const content = await reportWorkbook({ parentName: agency.issuer.parentName, agencyName: agency.issuer.name }, form, table);
  return { fileName: `bao-cao-${form.code.replace('/', '-').toLowerCase()}-${table.period.from}-${table.period.to}.xlsx`, content };
}

/** How the audit log names a report: "Biểu 02/XLD, Năm 2026 (2025-12-15 – 2026-12-14)". */
export const reportAuditNote = (formCode: string, period: Pick<ReportPeriod, 'label' | 'from' | 'to'>) => `Biểu ${formCode}, ${period.label} (${period.from} – ${period.to})`;
