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
  type ReportForm,
  type ReportLeafColumn,
  type ReportLetter,
  type ReportPeriod,
  type ReportRecords,
  type ReportTable,
  type ReportVisit,
  type WeightedReportRecord,
} from '@kntc/domain';
import { getAgencyIssuer, loadReportCellLines, loadReportRecordCounts, loadReportRecordGroups, loadReportRecords, type Db } from '@kntc/db';
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

/** A cell of a form opened up, one page of its register lines at a time. */
export interface ReportCellPage {
  column: ReportLeafColumn;
  /** The cell's figure: what all its lines add up to. */
  value: number;
  /** How many register lines the cell holds. */
  total: number;
  /** Some line adds other than 1 (a visit in a persons column). */
  weighted: boolean;
  /** The page's lines in the register's order (date, number, id), each with what it adds. */
  records: WeightedReportRecord[];
}

// One collator for the whole sort: localeCompare with options builds one per comparison.
const referenceOrder = new Intl.Collator('vi', { numeric: true });
const dateOf = (r: WeightedReportRecord) => (r.source === 'letter' ? r.record.receivedDate : r.record.date);
const refOf = (r: WeightedReportRecord) => r.record.ref ?? { reference: '', id: '' };
const registerOrder = (a: WeightedReportRecord, b: WeightedReportRecord) => {
  const [da, db] = [dateOf(a), dateOf(b)];
  const [ra, rb] = [refOf(a), refOf(b)];
  return da < db ? -1 : da > db ? 1 : referenceOrder.compare(ra.reference, rb.reference) || (ra.id < rb.id ? -1 : ra.id > rb.id ? 1 : 0);
};

/**
 * The register lines behind one cell of a form (the total row without `unitId`), a page at a time.
 * A year's cell at national volume holds tens of thousands of lines, so the domain weighs the
 * register's groups (`loadReportRecordGroups`: lines the measures cannot tell apart), and only the
 * page's lines of the groups it counts are read, in SQL's order. Every line of a group weighs what
 * the group's record weighs once, so the figure and the total come from the groups. A head's
 * sessions are a few a year: read whole and paged here.
 */
export async function agencyReportCell(
  db: Db,
  agencyId: string,
  input: ReportFormRequest,
  columnNumber: number,
  unitId: string | undefined,
  page: { offset: number; limit: number },
): Promise<ReportCellPage> {
  const form = reportFormOf(input.formCode);
  const period = resolveReportPeriod(input.period, defaultReportCutOffRules);
  const range = { agencyId, from: period.from, to: period.to };
  // An unknown column reads nothing; recordsBehindCell then refuses it with the form's message.
  const source = leafColumns(form.columns).find((c) => c.number === columnNumber)?.measure.source;
  const sources = { letters: source === 'letters', visits: source === 'visits', sessions: source === 'sessions' };
  const agency = await getAgencyIssuer(db, agencyId);
  const options: ComputeFormOptions = { units: [{ id: agencyId, name: agency.issuer.textName }] };

  if (source === 'letters' || source === 'visits') {
    const { records, keyOf } = await loadReportRecordGroups(db, { ...range, sources });
    const groups = recordsBehindCell(form, columnNumber, records, period, options, unitId);
    const linesOf = (r: WeightedReportRecord) => r.record.count ?? 1;
    const keys = groups.records.map((r) => keyOf.get(r.record as ReportLetter | ReportVisit) ?? '');
    const lines = await loadReportCellLines(db, { ...range, source, keys, ...page });
    const pageRecords: ReportRecords = source === 'letters' ? { letters: lines as ReportLetter[], visits: [], sessions: [] } : { letters: [], visits: lines as ReportVisit[], sessions: [] };
    const weighed = recordsBehindCell(form, columnNumber, pageRecords, period, options, unitId).records;
    // A line of a counted group the measures skip would mean the groups read less than the measures do.
    if (weighed.length !== lines.length) throw new Error(`Cột ${String(columnNumber)}: dòng sổ không khớp với nhóm đã đếm.`);
    return {
      column: groups.column,
      value: groups.value,
      total: groups.records.reduce((sum, r) => sum + linesOf(r), 0),
      weighted: groups.records.some((r) => r.weight !== linesOf(r)),
      records: weighed,
    };
  }

  const records = await loadReportRecords(db, { ...range, sources, summaries: false });
  const cell = recordsBehindCell(form, columnNumber, records, period, options, unitId);
  const ordered = [...cell.records].sort(registerOrder);
  return {
    column: cell.column,
    value: cell.value,
    total: ordered.length,
    weighted: ordered.some((r) => r.weight !== 1),
    records: ordered.slice(page.offset, page.offset + page.limit),
  };
}

/** The .xlsx of a computed form in the printed layout, with the name it is downloaded under. */
export async function agencyReportFile(report: Pick<AgencyReport, 'form' | 'agency' | 'table'>): Promise<{ fileName: string; content: Buffer }> {
  const { form, agency, table } = report;
  const content = await reportWorkbook({ parentName: agency.issuer.parentName, agencyName: agency.issuer.name }, form, table);
  return { fileName: `bao-cao-${form.code.replace('/', '-').toLowerCase()}-${table.period.from}-${table.period.to}.xlsx`, content };
}

/** How the audit log names a report: "Biểu 02/XLD, Năm 2026 (2025-12-15 – 2026-12-14)". */
export const reportAuditNote = (formCode: string, period: Pick<ReportPeriod, 'label' | 'from' | 'to'>) => `Biểu ${formCode}, ${period.label} (${period.from} – ${period.to})`;
