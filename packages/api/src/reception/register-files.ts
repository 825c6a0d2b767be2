import { MOTTO, NATIONAL_NAME, renderRegisterDocx } from '@kntc/documents';
import type { ReceptionVisitRecord } from '@kntc/db';
import type { IsoDate } from '@kntc/domain';
import ExcelJS from 'exceljs';
import { periodText, registerColumns, registerTotals, totalsRow } from './register-model.js';

export type RegisterHeader = { parentName: string; agencyName: string; from: IsoDate; to: IsoDate };

export const REGISTER_TITLE = 'SỔ TIẾP CÔNG DÂN';
/** Rows above the column headers in the workbook: agency and motto, title, period, a blank line. */
export const WORKBOOK_HEADER_ROWS = 5;

/**
 * A cell a spreadsheet would take for a formula is prefixed with an apostrophe: what a citizen
 * said must never run on the clerk's computer.
 */
const safe = (value: string | number) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The register as an Excel workbook in the official layout. */
export async function registerWorkbook(header: RegisterHeader, visits: readonly ReceptionVisitRecord[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ tiếp công dân', { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const last = registerColumns.length;
  const half = Math.floor(last / 2);
  sheet.columns = registerColumns.map((c) => ({ width: Math.round(c.widthMm / 2.2) + 2 }));
  const banner = (row: number, from: number, to: number, text: string, font: Partial<ExcelJS.Font>) => {
    sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = text;
    cell.font = font;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  banner(1, 1, half, `${header.parentName}\n${header.agencyName}`, { bold: true });
  banner(1, half + 1, last, `${NATIONAL_NAME}\n${MOTTO}`, { bold: true });
  sheet.getRow(1).height = 34;
  banner(3, 1, last, REGISTER_TITLE, { bold: true, size: 14 });
  banner(4, 1, last, periodText(header.from, header.to), { italic: true });
  const thin = { style: 'thin' as const };
  const bordered = (row: ExcelJS.Row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
      cell.alignment = { ...cell.alignment, vertical: 'top', wrapText: true };
    });
  const writeRow = (n: number, values: readonly (string | number)[]) => {
    const row = sheet.getRow(n);
    values.forEach((value, i) => {
      row.getCell(i + 1).value = value;
    });
    return row;
  };
  const headerRow = writeRow(WORKBOOK_HEADER_ROWS + 1, registerColumns.map((c) => c.header));
  headerRow.font = { bold: true };
  headerRow.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  bordered(headerRow);
  const numbersRow = writeRow(WORKBOOK_HEADER_ROWS + 2, registerColumns.map((_, i) => `(${i + 1})`));
  numbersRow.alignment = { horizontal: 'center' };
  bordered(numbersRow);
  const firstEntry = WORKBOOK_HEADER_ROWS + 3;
  visits.forEach((v, i) => bordered(writeRow(firstEntry + i, registerColumns.map((c) => safe(c.value(v, i))))));
  const totals = writeRow(firstEntry + visits.length, totalsRow(registerTotals(visits)));
  totals.font = { bold: true };
  bordered(totals);
  sheet.views = [{ state: 'frozen', ySplit: WORKBOOK_HEADER_ROWS + 2 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The register as a Word document (A4 landscape, NĐ 30 typography). */
export function registerDocx(header: RegisterHeader, visits: readonly ReceptionVisitRecord[]): Promise<Buffer> {
  return renderRegisterDocx({
    agency: { parentName: header.parentName, name: header.agencyName },
    title: REGISTER_TITLE,
    period: periodText(header.from, header.to),
    columns: registerColumns.map((c) => ({ header: c.header, widthMm: c.widthMm })),
    rows: visits.map((v, i) => registerColumns.map((c) => c.value(v, i))),
    totals: totalsRow(registerTotals(visits)),
    footnote: 'Người đến thuộc diện được bảo vệ danh tính được ghi bằng bí danh.',
  });
}
