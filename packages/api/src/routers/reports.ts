import { loadReportLineSummaries } from '@kntc/db';
import { defaultReportForms, DomainError, PaginationSchema, todayInVietnam, type PermissionRow, type WeightedReportRecord } from '@kntc/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { agencyReportCell, agencyReportFile, computeAgencyReport, ReportFormRequestSchema, reportAuditNote, XLSX_MIME_TYPE } from '../reports/agency-report.js';
import { annualNarrative, AnnualNarrativeRequestSchema, DOCX_MIME_TYPE } from '../reports/annual-narrative.js';
import { signerOf } from '../documents/signer.js';
import { can } from '../trpc.js';

const reader = can('report.read');

const ReportCellRequestSchema = ReportFormRequestSchema.extend({
  column: z.number({ error: 'Số cột phải là số.' }).int('Số cột phải là số nguyên.').min(1, 'Số cột từ 1 trở lên.'),
  unitId: z.string().min(1, 'Đơn vị không hợp lệ.').optional(),
  page: PaginationSchema.shape.page.default(1),
  perPage: PaginationSchema.shape.perPage.default(50),
});

/** What a role may read of each register; a cell's line is shown only to those who may read its register. */
const readerOfSource = { letter: 'petition.read', visit: 'reception.read', session: 'reception.read' } as const;
const HIDDEN_SUMMARY = 'Không có quyền xem nội dung.';

/** A record behind a cell as the drill-down lists it, before its summary is read. */
function cellLine(entry: WeightedReportRecord) {
  const { ref } = entry.record;
  // Every record the register loader returns carries its ref; one without would be a loader bug.
  if (!ref) throw new DomainError('NOT_FOUND', 'Không tìm thấy bản ghi của ô số liệu.');
  return {
    source: ref.source,
    id: ref.id,
    reference: ref.reference,
    date: entry.source === 'letter' ? entry.record.receivedDate : entry.record.date,
    kindLabel: ref.kindLabel,
    // A session's summary (its host and place) is built by the loader; letters' and visits' are read per page.
    summary: ref.summary,
    weight: entry.weight,
  };
}
type CellLine = ReturnType<typeof cellLine>;

/** The summary a role sees: the loader's text is already redacted, but only a reader of the register sees it at all. */
const summaryFor = (line: CellLine, summaries: ReadonlyMap<string, string>, permissions: PermissionRow) =>
  permissions[readerOfSource[line.source]] !== 'agency' ? HIDDEN_SUMMARY : line.source === 'session' ? line.summary : (summaries.get(`${line.source}:${line.id}`) ?? '');

/** Báo cáo thống kê: the statutory forms (01/TCD, 02/XLD) computed from the registers. */
export const reportsRouter = {
  /** The forms the system can compute, for the report screen's choice. */
  forms: reader.query(() => defaultReportForms.map((f) => ({ code: f.code, title: f.title, basis: f.basis, confidence: f.confidence }))),

  /** The computed table of a form over a statutory period or any range of days. */
  form: reader.input(ReportFormRequestSchema).query(async ({ ctx, input }) => (await computeAgencyReport(ctx.db, ctx.user.agencyId, input)).table),

  /**
   * Drill-down: the register lines behind one cell (column as printed, the total row without
   * `unitId`), a page at a time, by date, reference and id. `value` is the sum of the weights of
   * all `total` lines and equals the form's cell; a persons column weighs each visit by its
   * persons (`weighted`: some line weighs other than 1). The domain weighs the register's groups
   * and only the page's lines and summaries are read (`agencyReportCell`).
   */
  cell: reader.input(ReportCellRequestSchema).query(async ({ ctx, input }) => {
    const { column, unitId, page, perPage, ...request } = input;
    const cell = await agencyReportCell(ctx.db, ctx.user.agencyId, request, column, unitId, { offset: (page - 1) * perPage, limit: perPage });
    const pageLines = cell.records.map(cellLine);
    const idsOf = (source: CellLine['source']) => pageLines.filter((l) => l.source === source).map((l) => l.id);
    const summaries = await loadReportLineSummaries(ctx.db, { agencyId: ctx.user.agencyId, letterIds: idsOf('letter'), visitIds: idsOf('visit') });
    return {
      column: { number: cell.column.number, header: cell.column.header },
      value: cell.value,
      total: cell.total,
      weighted: cell.weighted,
      data: pageLines.map((line) => ({ ...line, summary: summaryFor(line, summaries, ctx.permissions) })),
    };
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
