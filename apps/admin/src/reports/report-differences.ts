/** A number of a filed report that the records now give differently. */
export interface CellDifference {
  rowLabel: string;
  /** Absent on the total row. */
  unitId?: string | undefined;
  column: number;
  header: string;
  filed: number;
  current: number;
}

/** The rows and numbered values of a computed form, as far as the comparison needs them. */
export interface ComparableTable {
  columns: readonly { number: number; header: string }[];
  rows: readonly { unitId?: string | undefined; label: string; values: readonly number[] }[];
  total: readonly number[];
}

/** Where a cell sits: its row (a unit, or the total row) and its numbered column. */
export const cellKey = (unitId: string | undefined, column: number): string => `${unitId ?? 'total'}#${String(column)}`;

/** The differences by cell, for the table to mark the cells they concern. */
export const differencesByCell = (differences: readonly CellDifference[]): Map<string, CellDifference> =>
  new Map(differences.map((d) => [cellKey(d.unitId, d.column), d]));

/**
 * The cells whose current value differs from the filed one, unit rows first, then the total row.
 * The API sends its own list; this computes the same from two tables, so a filed table can also be
 * compared with one the screen has just loaded.
 */
export function compareTables(filed: ComparableTable, current: ComparableTable): CellDifference[] {
  const found: CellDifference[] = [];
  const compareRow = (unitId: string | undefined, rowLabel: string, filedValues: readonly number[], currentValues: readonly number[]) => {
    filed.columns.forEach((column, i) => {
      const before = filedValues[i] ?? 0;
      const now = currentValues[i] ?? 0;
      if (before !== now) found.push({ rowLabel, ...(unitId === undefined ? {} : { unitId }), column: column.number, header: column.header, filed: before, current: now });
    });
  };
  for (const row of filed.rows) {
    if (row.unitId === undefined) continue;
    const now = current.rows.find((r) => r.unitId === row.unitId);
    compareRow(row.unitId, row.label, row.values, now?.values ?? []);
  }
  compareRow(undefined, 'Tổng cộng', filed.total, current.total);
  return found;
}
