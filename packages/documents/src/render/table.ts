import { Table, TableBorders, TableCell, TableLayoutType, TableRow, VerticalAlignTable, WidthType, type Paragraph } from 'docx';
import { cellPadding } from './layout.js';

/**
 * A borderless fixed-width two-column table: how Vietnamese templates place the agency block beside the
 * national motto and "Nơi nhận" beside the signature, so both halves stay side by side in every editor.
 */
export function twoColumnTable(
  widths: { left: number; right: number },
  rows: readonly { left: readonly Paragraph[]; right: readonly Paragraph[] }[],
): Table {
  const cell = (children: readonly Paragraph[], width: number) =>
    new TableCell({
      children: children.length > 0 ? children : [],
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.TOP,
      margins: { left: cellPadding, right: cellPadding, top: 0, bottom: 0 },
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: widths.left + widths.right, type: WidthType.DXA },
    columnWidths: [widths.left, widths.right],
    borders: TableBorders.NONE,
    rows: rows.map(
      (row) =>
        new TableRow({
          cantSplit: true,
          children: [cell(row.left, widths.left), cell(row.right, widths.right)],
        }),
    ),
  });
}

/** The width a paragraph gets inside a column, once the cell padding is taken off. */
export const columnTextWidth = (columnWidth: number): number => columnWidth - 2 * cellPadding;
