import { formatViDate, isColumnGroup, leafColumns, type ReportColumnNode, type ReportForm, type ReportTable } from '@kntc/domain';
import ExcelJS from 'exceljs';

export type ReportWorkbookHeader = { parentName: string; agencyName: string };

/** Rows above the column headers: agency and form code, title, period, a blank line. */
export const REPORT_HEADER_ROWS = 4;
export const UNIT_COLUMN_HEADER = 'Đơn vị';

/** How many header rows the column tree needs: one per level of grouping. */
export const headerDepth = (nodes: readonly ReportColumnNode[]): number =>
  Math.max(...nodes.map((node) => (isColumnGroup(node) ? 1 + headerDepth(node.children) : 1)));

/** How the report's title block names its period: the label, and the days it covers. */
export const periodLine = (table: ReportTable): string =>
  table.period.kind === 'custom'
    ? `Kỳ báo cáo: ${table.period.label}`
    : `Kỳ báo cáo: ${table.period.label} (từ ngày ${formatViDate(table.period.from)} đến ngày ${formatViDate(table.period.to)})`;

/**
 * A computed form as an Excel workbook in the printed layout: the header tree as merged cells over
 * the numbered columns, one row per unit and the total row. Column A holds the unit, so form
 * column n is sheet column n + 1.
 */
export async function reportWorkbook(header: ReportWorkbookHeader, form: ReportForm, table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Biểu ${form.code}`.replace('/', '-'), {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const columnCount = table.columns.length;
  const last = columnCount + 1;
  const half = Math.max(1, Math.floor(last / 2));
  sheet.columns = [{ width: 28 }, ...table.columns.map(() => ({ width: 11 }))];
  const thin = { style: 'thin' as const };
  const center: Partial<ExcelJS.Alignment> = { horizontal: 'center', vertical: 'middle', wrapText: true };
  const banner = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = font;
    cell.alignment = center;
  };
  banner(1, 1, half, `${header.parentName}\n${header.agencyName}`, { bold: true });
  banner(1, half + 1, last, `Biểu số ${form.code}`, { bold: true });
  sheet.getRow(1).height = 34;
  banner(2, 1, last, form.title.toLocaleUpperCase('vi'), { bold: true, size: 13 });
  banner(3, 1, last, periodLine(table), { italic: true });

  const depth = headerDepth(form.columns);
  const top = REPORT_HEADER_ROWS + 1;
  const box = (row: number, col: number, toRow: number, toCol: number, text: string) => {
    if (toRow > row || toCol > col) sheet.mergeCells(row, col, toRow, toCol);
    const cell = sheet.getCell(row, col);
    cell.value = text;
    cell.font = { bold: true };
    cell.alignment = center;
  };
  box(top, 1, top + depth - 1, 1, UNIT_COLUMN_HEADER);
  const place = (nodes: readonly ReportColumnNode[], level: number) => {
    for (const node of nodes) {
      const leaves = leafColumns([node]);
      const first = (leaves[0]?.number ?? 1) + 1;
      const lastLeaf = (leaves[leaves.length - 1]?.number ?? 1) + 1;
      if (isColumnGroup(node)) {
        box(top + level, first, top + level, lastLeaf, node.header);
        place(node.children, level + 1);
      } else {
        box(top + level, first, top + depth - 1, first, node.header);
      }
    }
  };
  place(form.columns, 0);

  const numbers = top + depth;
  const writeRow = (n: number, values: readonly (string | number)[]) => {
    const row = sheet.getRow(n);
    values.forEach((value, i) => {
      row.getCell(i + 1).value = value;
    });
    return row;
  };
  writeRow(numbers, ['A', ...table.columns.map((c) => c.number)]).alignment = { horizontal: 'center' };
  // A 'total' form's single row is the total row itself.
  const unitRows = table.rows.filter((r) => r.unitId !== undefined);
  unitRows.forEach((r, i) => writeRow(numbers + 1 + i, [r.label, ...r.values]));
  writeRow(numbers + 1 + unitRows.length, ['Tổng cộng', ...table.total]).font = { bold: true };

  for (let r = top; r <= numbers + 1 + unitRows.length; r += 1) {
    for (let c = 1; c <= last; c += 1) sheet.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  sheet.views = [{ state: 'frozen', xSplit: 1, ySplit: numbers }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
