import { defaultReportForms, DomainError, recordsBehindCell, todayInVietnam, type PermissionRow, type WeightedReportRecord } from '@kntc/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { agencyReportFile, computeAgencyReport, ReportFormRequestSchema, reportAuditNote, XLSX_MIME_TYPE } from '../reports/agency-report.js';
import { annualNarrative, AnnualNarrativeRequestSchema, DOCX_MIME_TYPE } from '../reports/annual-narrative.js';
import { signerOf } from '../documents/signer.js';
import { can } from '../trpc.js';

const reader = can('report.read');

const ReportCellRequestSchema = ReportFormRequestSchema.extend({
  column: z.number({ error: 'Số cột phải là số.' }).int('Số cột phải là số nguyên.').min(1, 'Số cột từ 1 trở lên.'),
  unitId: z.string().min(1, 'Đơn vị không hợp lệ.').optional(),
});

/** What a role may read of each register; a cell's line is shown only to those who may read its register. */
const readerOfSource = { letter: 'petition.read', visit: 'reception.read', session: 'reception.read' } as const;
const HIDDEN_SUMMARY = 'Không có quyền xem nội dung.';

/** A record behind a cell as the drill-down lists it; the loader's text is already redacted. */
function cellLine(entry: WeightedReportRecord, permissions: PermissionRow) {
  const { ref } = entry.record;
  // Every record the register loader returns carries its ref; one without would be a loader bug.
  if (!ref) throw new DomainError('NOT_FOUND', 'Không tìm thấy bản ghi của ô số liệu.');
  const canRead = permissions[readerOfSource[ref.source]] === 'agency';
  return {
    source: ref.source,
    id: ref.id,
    reference: ref.reference,
    date: entry.source === 'letter' ? entry.record.receivedDate : entry.record.date,
    kindLabel: ref.kindLabel,
    summary: canRead ? ref.summary : HIDDEN_SUMMARY,
    weight: entry.weight,
  };
}

/** Báo cáo thống kê: the statutory forms (01/TCD, 02/XLD) computed from the registers. */
export const reportsRouter = {
  /** The forms the system can compute, for the report screen's choice. */
  forms: reader.query(() => defaultReportForms.map((f) => ({ code: f.code, title: f.title, basis: f.basis, confidence: f.confidence }))),

  /** The computed table of a form over a statutory period or any range of days. */
  form: reader.input(ReportFormRequestSchema).query(async ({ ctx, input }) => (await computeAgencyReport(ctx.db, ctx.user.agencyId, input)).table),

  /**
   * Drill-down: the register lines behind one cell (column as printed, the total row without
   * `unitId`). `value` is the sum of the weights and equals the form's cell; a persons column
   * weighs each visit by its persons.
   */
  cell: reader.input(ReportCellRequestSchema).query(async ({ ctx, input }) => {
    const { column, unitId, ...request } = input;
    const report = await computeAgencyReport(ctx.db, ctx.user.agencyId, request, 'lines');
    const cell = recordsBehindCell(report.form, column, report.records, report.period, report.options, unitId);
    const lines = cell.records.map((entry) => cellLine(entry, ctx.permissions));
    lines.sort((a, b) => a.date.localeCompare(b.date) || a.reference.localeCompare(b.reference, 'vi', { numeric: true }) || a.id.localeCompare(b.id));
    return { column: { number: cell.column.number, header: cell.column.header }, value: cell.value, records: lines };
  }),

  /**
   * The computed form as .xlsx in the printed layout. A mutation, so that every report leaving the
   * system is written to the audit log, as the other exports are.
   */
  exportXlsx: reader.input(ReportFormRequestSchema).mutation(async ({ ctx, input }) => {
    const report = await computeAgencyReport(ctx.db, ctx.user.agencyId, input);
    const file = await agencyReportFile(report);
    ctx.audit.note = reportAuditNote(report.form.code, report.table.period);
    return { fileName: file.fileName, mimeType: XLSX_MIME_TYPE, base64: file.content.toString('base64') };
  }),

  /**
   * The annual narrative report (.docx) of a report year, pre-filled with the figures of its 01/TCD,
   * 02/XLD and cases for the director's office to complete; audited like every report export.
   */
  exportNarrative: reader.input(AnnualNarrativeRequestSchema).mutation(async ({ ctx, input }) => {
    const today = todayInVietnam(ctx.now());
    const file = await annualNarrative(ctx.db, { agencyId: ctx.user.agencyId, year: input.year, today, fallbackSigner: signerOf(ctx.user) });
    ctx.audit.note = `Báo cáo năm ${String(input.year)} (${file.period.from} – ${file.period.to})`;
    return { fileName: file.fileName, mimeType: DOCX_MIME_TYPE, base64: file.content.toString('base64') };
  }),
} satisfies TRPCRouterRecord;
