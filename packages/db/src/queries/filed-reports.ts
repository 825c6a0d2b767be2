import { createHash } from 'node:crypto';
import {
  DomainError,
  formatViDate,
  notFound,
  todayInVietnam,
  type FiledReportListFilter,
  type ListResult,
  type Pagination,
  type ReportPeriod,
  type ReportPeriodRequest,
  type ReportTable,
  type filedReportSortFields,
} from '@kntc/domain';
import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { filedReports } from '../schema/reports.js';
import { users } from '../schema/users.js';

/** What lists show of a filing; the frozen table and the file are read only when asked for. */
const summaryColumns = {
  id: filedReports.id,
  formCode: filedReports.formCode,
  // The title as filed, kept inside the frozen table.
  formTitle: sql<string>`${filedReports.reportTable}->>'title'`,
  periodLabel: filedReports.periodLabel,
  periodFrom: filedReports.periodFrom,
  periodTo: filedReports.periodTo,
  filedAt: filedReports.filedAt,
  filedByName: users.fullName,
  note: filedReports.note,
  fileName: filedReports.fileName,
  contentSha256: filedReports.contentSha256,
  version: filedReports.version,
};

const selectSummaries = (db: Db) => db.select(summaryColumns).from(filedReports).innerJoin(users, eq(users.id, filedReports.filedBy));
export type FiledReportSummary = Awaited<ReturnType<typeof selectSummaries>>[number];

async function findFiling(db: Db, where: SQL | undefined): Promise<FiledReportSummary | undefined> {
  const [row] = await selectSummaries(db).where(where);
  return row;
}

/**
 * Báo cáo đã nộp: stores a computed form and its .xlsx exactly as sent. A form is filed once per
 * period; filing it again, even at the same moment from another session, is refused naming the
 * earlier filing (the unique index decides, so two concurrent filings leave one row).
 */
export async function fileReport(
  db: Db,
  params: {
    agencyId: string;
    userId: string;
    /** The request's clock, as the audit row records it. */
    filedAt: Date;
    formCode: string;
    period: ReportPeriod;
    periodRequest: ReportPeriodRequest;
    table: ReportTable;
    fileName: string;
    content: Buffer;
    note: string | null;
  },
): Promise<FiledReportSummary> {
  const { agencyId, formCode, period } = params;
  const [inserted] = await db
    .insert(filedReports)
    .values({
      agencyId,
      formCode,
      periodFrom: period.from,
      periodTo: period.to,
      periodLabel: period.label,
      periodRequest: params.periodRequest,
      reportTable: params.table,
      fileName: params.fileName,
      content: params.content,
      contentSha256: createHash('sha256').update(params.content).digest('hex'),
      note: params.note,
      filedBy: params.userId,
      filedAt: params.filedAt,
    })
    .onConflictDoNothing({ target: [filedReports.agencyId, filedReports.formCode, filedReports.periodFrom, filedReports.periodTo] })
    .returning({ id: filedReports.id });
  if (inserted) return getFiledReportSummary(db, agencyId, inserted.id);

  const earlier = await findFiling(
    db,
    and(eq(filedReports.agencyId, agencyId), eq(filedReports.formCode, formCode), eq(filedReports.periodFrom, period.from), eq(filedReports.periodTo, period.to)),
  );
  const when = earlier ? ` ngày ${formatViDate(todayInVietnam(earlier.filedAt))} bởi ${earlier.filedByName}` : '';
  throw new DomainError(
    'CONFLICT',
    `Biểu ${formCode} kỳ ${period.label} (${formatViDate(period.from)} – ${formatViDate(period.to)}) đã được chốt số liệu${when}. Mỗi biểu chỉ nộp một lần cho một kỳ; số liệu thay đổi sau đó được xem ở phần so sánh của báo cáo đã nộp.`,
    { period: 'Kỳ này đã có báo cáo đã nộp.' },
  );
}

function listConditions(agencyId: string, filter: FiledReportListFilter | undefined): SQL[] {
  const conditions = [eq(filedReports.agencyId, agencyId)];
  if (filter?.formCode) conditions.push(eq(filedReports.formCode, filter.formCode));
  if (filter?.year !== undefined) conditions.push(sql`extract(year from ${filedReports.periodTo}) = ${filter.year}`);
  return conditions;
}

const sortColumns = { filedAt: filedReports.filedAt, periodTo: filedReports.periodTo, formCode: filedReports.formCode } as const;

export async function listFiledReports(
  db: Db,
  params: {
    agencyId: string;
    pagination: Pagination;
    sort?: { field: (typeof filedReportSortFields)[number]; order: 'ASC' | 'DESC' } | undefined;
    filter?: FiledReportListFilter | undefined;
  },
): Promise<ListResult<FiledReportSummary>> {
  const where = and(...listConditions(params.agencyId, params.filter));
  const sort = params.sort ?? { field: 'filedAt', order: 'DESC' };
  const direction = sort.order === 'ASC' ? asc : desc;
  const [rows, [total]] = await Promise.all([
    selectSummaries(db)
      .where(where)
      .orderBy(direction(sortColumns[sort.field]), desc(filedReports.filedAt), asc(filedReports.id))
      .limit(params.pagination.perPage)
      .offset((params.pagination.page - 1) * params.pagination.perPage),
    db.select({ value: count() }).from(filedReports).where(where),
  ]);
  return { data: rows, total: total?.value ?? 0 };
}

export async function getFiledReportSummary(db: Db, agencyId: string, id: string): Promise<FiledReportSummary> {
  const row = await findFiling(db, and(eq(filedReports.agencyId, agencyId), eq(filedReports.id, id)));
  if (!row) throw notFound('báo cáo đã nộp');
  return row;
}

/** A filing with the table as it was frozen and the period it was asked for. */
export async function getFiledReport(db: Db, agencyId: string, id: string) {
  const [row] = await db
    .select({ ...summaryColumns, periodRequest: filedReports.periodRequest, filed: filedReports.reportTable })
    .from(filedReports)
    .innerJoin(users, eq(users.id, filedReports.filedBy))
    .where(and(eq(filedReports.agencyId, agencyId), eq(filedReports.id, id)));
  if (!row) throw notFound('báo cáo đã nộp');
  return row;
}

/** The .xlsx bytes exactly as filed. */
export async function getFiledReportFile(db: Db, agencyId: string, id: string) {
  const [row] = await db
    .select({ fileName: filedReports.fileName, content: filedReports.content, contentSha256: filedReports.contentSha256, formCode: filedReports.formCode, periodLabel: filedReports.periodLabel })
    .from(filedReports)
    .where(and(eq(filedReports.agencyId, agencyId), eq(filedReports.id, id)));
  if (!row) throw notFound('báo cáo đã nộp');
  return row;
}
