import { type ReportRow, type ReportTable } from './aggregate.js';

/** One cell whose filed number is not what the registers give now. */
export interface ReportCellDifference {
  rowLabel: string;
  /** Absent on the total row and on the single row of a 'total' form. */
  unitId?: string;
  column: number;
  header: string;
  filed: number;
  current: number;
}

const TOTAL_ROW_LABEL = 'Tổng cộng';
const rowKey = (row: ReportRow) => (row.unitId === undefined ? `label:${row.label}` : `unit:${row.unitId}`);

/**
 * The cells where a filed report and the same form recomputed now differ, row by row (units
 * matched by id, so a renamed unit is still the same row) and then the total row. A unit present
 * on one side only counts as zeros on the other. Columns are matched by their printed number.
 */
export function diffReportTables(filed: ReportTable, current: ReportTable): ReportCellDifference[] {
  const columnCount = Math.max(filed.columns.length, current.columns.length);
  const headerOf = (number: number) => current.columns[number - 1]?.header ?? filed.columns[number - 1]?.header ?? String(number);
  const differences: ReportCellDifference[] = [];
  const compare = (label: string, unitId: string | undefined, before: readonly number[], after: readonly number[]) => {
    for (let number = 1; number <= columnCount; number++) {
      const a = before[number - 1] ?? 0;
      const b = after[number - 1] ?? 0;
      if (a === b) continue;
      differences.push({ rowLabel: label, ...(unitId === undefined ? {} : { unitId }), column: number, header: headerOf(number), filed: a, current: b });
    }
  };

  const currentRows = new Map(current.rows.map((row) => [rowKey(row), row]));
  const seen = new Set<string>();
  for (const row of filed.rows) {
    const key = rowKey(row);
    seen.add(key);
    const now = currentRows.get(key);
    compare(now?.label ?? row.label, row.unitId, row.values, now?.values ?? []);
  }
  for (const row of current.rows) if (!seen.has(rowKey(row))) compare(row.label, row.unitId, [], row.values);
  // A 'total' form's only row is its total: comparing it twice would list every change twice.
  const hasUnitRows = [...filed.rows, ...current.rows].some((row) => row.unitId !== undefined);
  if (hasUnitRows) compare(TOTAL_ROW_LABEL, undefined, filed.total, current.total);
  return differences;
}
