import { dashboardTableIds, formatViDate, type DashboardCell, type DashboardTable, type DashboardTableId } from '@kntc/domain';
import ExcelJS from 'exceljs';

export type DashboardWorkbookHeader = {
  parentName: string;
  agencyName: string;
  from: string;
  to: string;
  today: string;
  /** The unit filtered on, or null for the whole agency. */
  unitName: string | null;
};

/** Sheet names: at most 31 characters, none of Excel's forbidden ones. */
export const dashboardSheetNames: Record<DashboardTableId, string> = {
  totals: 'Tổng hợp',
  letters_by_month: 'Đơn theo tháng',
  on_time_by_month: 'Xử lý đúng hạn',
  open_cases_by_stage: 'Vụ việc theo giai đoạn',
  open_cases_by_officer: 'Vụ việc theo cán bộ',
  visits_by_month: 'Tiếp công dân',
  plan_progress: 'Kế hoạch năm',
  overdue: 'Quá hạn',
  due_soon: 'Sắp đến hạn',
};

/** Rows above each sheet's column headers: agency, title, period and unit, the day of the "now" figures, a blank line. */
export const DASHBOARD_SHEET_HEADER_ROWS = 5;

/** Tables describing today's load rather than the period: their figures are as of the export day. */
const currentTables: ReadonlySet<DashboardTableId> = new Set(['open_cases_by_stage', 'open_cases_by_officer', 'overdue', 'due_soon']);

const RATE_FORMAT = '0.0%';
const COUNT_FORMAT = '#,##0';

function writeCell(cell: ExcelJS.Cell, value: DashboardCell, kind: DashboardTable['columns'][number]['kind']) {
  // A rate with nothing handled is left empty: 0 % would claim every item was late.
  cell.value = value;
  if (kind === 'rate') cell.numFmt = RATE_FORMAT;
  if (kind === 'count') cell.numFmt = COUNT_FORMAT;
}

/**
 * Every chart of the dashboard as a sheet with the same rows the screen's data tables show (the
 * domain's `dashboardTables`), under a header naming the agency, the period and the unit; or only
 * the charts `ids` names.
 */
export async function dashboardWorkbook(
  header: DashboardWorkbookHeader,
  tables: Record<DashboardTableId, DashboardTable>,
  ids: readonly DashboardTableId[] = dashboardTableIds,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const thin = { style: 'thin' as const };
  const scopeLine = `Từ ngày ${formatViDate(header.from)} đến ngày ${formatViDate(header.to)} · Đơn vị: ${header.unitName ?? 'Toàn cơ quan'}`;
  for (const id of ids) {
    const table = tables[id];
    const sheet = workbook.addWorksheet(dashboardSheetNames[id], { views: [{ state: 'frozen', ySplit: DASHBOARD_SHEET_HEADER_ROWS + 1 }] });
    const last = table.columns.length;
    sheet.columns = table.columns.map((c) => ({ width: c.kind === 'text' ? (c.key === 'summary' ? 60 : 30) : 16 }));
    const banner = (row: number, text: string, font: Partial<ExcelJS.Font>) => {
      if (last > 1) sheet.mergeCells(row, 1, row, last);
      const cell = sheet.getCell(row, 1);
      cell.value = text;
      cell.font = font;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    };
    banner(1, `${header.parentName} – ${header.agencyName}`, { bold: true });
    banner(2, table.title.toLocaleUpperCase('vi'), { bold: true, size: 13 });
    banner(3, scopeLine, { italic: true });
    if (currentTables.has(id)) banner(4, `Số liệu tại ngày ${formatViDate(header.today)}`, { italic: true });

    const top = DASHBOARD_SHEET_HEADER_ROWS + 1;
    const headerRow = sheet.getRow(top);
    table.columns.forEach((c, i) => {
      const cell = headerRow.getCell(i + 1);
      cell.value = c.label;
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    });
    const rows = table.total ? [...table.rows, table.total] : table.rows;
    rows.forEach((values, r) => {
      const row = sheet.getRow(top + 1 + r);
      table.columns.forEach((c, i) => writeCell(row.getCell(i + 1), values[i] ?? null, c.kind));
      if (table.total && r === rows.length - 1) row.font = { bold: true };
    });
    for (let r = top; r <= top + rows.length; r += 1) {
      for (let c = 1; c <= last; c += 1) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
