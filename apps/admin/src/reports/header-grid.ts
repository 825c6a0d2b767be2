import { defaultReportForms, isColumnGroup, leafColumns, type ReportColumnNode, type ReportLeafColumn } from '@kntc/domain';

/** What the header needs of a numbered column; the measure stays on the server's side of the screen. */
export type HeaderColumn = Pick<ReportLeafColumn, 'number' | 'header' | 'confidence' | 'note'>;

/** A node of the header tree as the screen draws it: a numbered column or a group over several. */
export type HeaderNode = HeaderColumn | { header: string; children: HeaderNode[] };

/** One `<th>` of the table head. `column` is set on a numbered column's own cell, absent on a group. */
export interface HeaderCell {
  key: string;
  text: string;
  colSpan: number;
  rowSpan: number;
  column?: HeaderColumn;
}

const isGroup = (node: HeaderNode): node is { header: string; children: HeaderNode[] } => 'children' in node;

const leavesOf = (nodes: readonly HeaderNode[]): HeaderColumn[] => nodes.flatMap((node) => (isGroup(node) ? leavesOf(node.children) : [node]));

/** How many header rows the tree needs: one per level of grouping. */
export const headerDepth = (nodes: readonly HeaderNode[]): number =>
  nodes.length === 0 ? 1 : Math.max(...nodes.map((node) => (isGroup(node) ? 1 + headerDepth(node.children) : 1)));

/**
 * The header tree as table rows, the way the printed form merges its cells: a group spans its
 * numbered columns across and sits on one row; a numbered column spans down to the last header
 * row, so every column's own cell ends on the same line above the numbers.
 */
export function headerRows(nodes: readonly HeaderNode[]): HeaderCell[][] {
  const depth = headerDepth(nodes);
  const rows: HeaderCell[][] = Array.from({ length: depth }, () => []);
  const place = (list: readonly HeaderNode[], level: number, path: string) => {
    list.forEach((node, i) => {
      const key = `${path}${String(i)}`;
      const row = rows[level];
      if (!row) return;
      if (isGroup(node)) {
        row.push({ key, text: node.header, colSpan: Math.max(1, leavesOf(node.children).length), rowSpan: 1 });
        place(node.children, level + 1, `${key}.`);
      } else {
        const column: HeaderColumn = { number: node.number, header: node.header, confidence: node.confidence, ...(node.note === undefined ? {} : { note: node.note }) };
        row.push({ key, text: node.header, colSpan: 1, rowSpan: depth - level, column });
      }
    });
  };
  place(nodes, 0, '');
  return rows;
}

const sameColumns = (a: readonly Pick<HeaderColumn, 'number' | 'header'>[], b: readonly Pick<HeaderColumn, 'number' | 'header'>[]) =>
  a.length === b.length && a.every((column, i) => column.number === b[i]?.number && column.header === b[i]?.header);

const toHeaderNode = (node: ReportColumnNode): HeaderNode => (isColumnGroup(node) ? { header: node.header, children: node.children.map(toHeaderNode) } : node);

/**
 * The header tree of a computed table. The table carries only its numbered columns; the grouping
 * comes from the form's data. A table whose columns no longer match the form (filed under an
 * earlier version of it) is drawn flat rather than under headers that would mislabel it.
 */
export function columnTreeOf(table: { formCode: string; columns: readonly HeaderColumn[] }): HeaderNode[] {
  const form = defaultReportForms.find((f) => f.code === table.formCode);
  if (form && sameColumns(leafColumns(form.columns), table.columns)) return form.columns.map(toHeaderNode);
  return table.columns.map((column) => ({ ...column }));
}

/** The columns whose definition is not confirmed against the circular, for the table's footnote. */
export const unconfirmedColumns = (columns: readonly HeaderColumn[]): HeaderColumn[] => columns.filter((c) => c.confidence === 'U');
