import type { ReportCellDifference } from '@kntc/domain';

/** A number of a filed report that the records now give differently (computed by the domain's `diffReportTables`). */
export type CellDifference = ReportCellDifference;

/** Where a cell sits: its row (a unit, or the total row) and its numbered column. */
export const cellKey = (unitId: string | undefined, column: number): string => `${unitId ?? 'total'}#${String(column)}`;

/** The differences by cell, for the table to mark the cells they concern. */
export const differencesByCell = (differences: readonly CellDifference[]): Map<string, CellDifference> =>
  new Map(differences.map((d) => [cellKey(d.unitId, d.column), d]));
