import { DashboardExportSchema, DashboardFilterSchema, dashboardPlanYear, dashboardTableTitles, dashboardTables, DomainError, summariseDashboard, todayInVietnam, type DashboardFilter, type DashboardPlan, type DashboardSummary, type IsoDate } from '@kntc/domain';
import { findPlanProgress, getAgencyIssuer, listAgencyUnits, loadCalendar, loadDashboardRecords, type Db } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { dashboardWorkbook } from '../reports/dashboard-workbook.js';
import { can } from '../trpc.js';

const reader = can('report.read');

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The unit filtered on, refused when it is not one of the agency's: its figures would silently be zero. */
async function unitOf(db: Db, agencyId: string, unitId: string | undefined): Promise<{ id: string; name: string } | null> {
  if (unitId === undefined) return null;
  const unit = (await listAgencyUnits(db, agencyId)).find((u) => u.id === unitId);
  if (!unit) throw new DomainError('VALIDATION', 'Đơn vị không thuộc cơ quan.', { unitId: 'Hãy chọn một đơn vị của cơ quan.' });
  return unit;
}

/** The annual plans of the period's year with their items' statuses today; null when none was entered. */
async function planOf(db: Db, agencyId: string, to: IsoDate, today: IsoDate): Promise<DashboardPlan | null> {
  const found = await findPlanProgress(db, { agencyId, year: dashboardPlanYear(to), today });
  if (found.plans.length === 0) return null;
  return { year: found.year, plans: found.plans.map((p) => ({ id: p.id, number: p.number, date: p.date, title: p.title })), progress: found.progress };
}

async function summaryOf(db: Db, agencyId: string, filter: DashboardFilter, now: Date): Promise<{ summary: DashboardSummary; unitName: string | null }> {
  const today = todayInVietnam(now);
  const year = Number(today.slice(0, 4));
  const [unit, records, calendar, plan] = await Promise.all([
    unitOf(db, agencyId, filter.unitId),
    loadDashboardRecords(db, { agencyId, from: filter.from, to: filter.to }),
    // "Due soon" counts three working days ahead of today, so a year either side is plenty.
    loadCalendar(db, year - 1, year + 1),
    planOf(db, agencyId, filter.to, today),
  ]);
  const summary = summariseDashboard(records, { from: filter.from, to: filter.to, unitId: unit?.id ?? null, today, calendar, plan });
  return { summary, unitName: unit?.name ?? null };
}

/** Bảng điều khiển lãnh đạo: the charts, cards and lists of the leaders' dashboard. */
export const dashboardRouter = {
  /** Every chart's figures over a period (and optionally one unit's officials); open items as of today. */
  summary: reader.input(DashboardFilterSchema).query(async ({ ctx, input }) => (await summaryOf(ctx.db, ctx.user.agencyId, input, ctx.now())).summary),

  /**
   * Every chart's data table as a sheet of one workbook, or the one chart `tableId` names. A
   * mutation, so that the figures leaving the system are written to the audit log, as the report
   * exports are.
   */
  exportXlsx: reader.input(DashboardExportSchema).mutation(async ({ ctx, input }) => {
    const { tableId, ...filter } = input;
    const [{ summary, unitName }, agency] = await Promise.all([summaryOf(ctx.db, ctx.user.agencyId, filter, ctx.now()), getAgencyIssuer(ctx.db, ctx.user.agencyId)]);
    const content = await dashboardWorkbook(
      { parentName: agency.issuer.parentName, agencyName: agency.issuer.name, from: summary.from, to: summary.to, today: summary.today, unitName },
      dashboardTables(summary),
      tableId ? [tableId] : undefined,
    );
    const what = tableId ? dashboardTableTitles[tableId] : 'Bảng điều khiển';
    ctx.audit.note = `${what}, ${summary.from} – ${summary.to}, ${unitName ?? 'toàn cơ quan'}`;
    const slug = tableId ? `-${tableId.replaceAll('_', '-')}` : '';
    return { fileName: `bang-dieu-khien${slug}-${summary.from}-${summary.to}.xlsx`, mimeType: XLSX, base64: content.toString('base64') };
  }),
} satisfies TRPCRouterRecord;
