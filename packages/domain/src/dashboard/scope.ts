import { type IsoDate } from '../common/iso-date.js';

/** What every dashboard function is asked: the days counted and, optionally, one unit's officials. */
export interface DashboardScope {
  from: IsoDate;
  to: IsoDate;
  /** Null: the whole agency, including records no unit's official handles yet. */
  unitId: string | null;
}

export const isInDashboardUnit = (record: { unitId: string | null }, scope: Pick<DashboardScope, 'unitId'>): boolean =>
  scope.unitId === null || record.unitId === scope.unitId;

export const isInDashboardPeriod = (date: IsoDate, scope: Pick<DashboardScope, 'from' | 'to'>): boolean => date >= scope.from && date <= scope.to;

/** Share of `part` in `whole`, 0 to 1; null when there is nothing to share (never a division by zero). */
export const rateOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
