import { monthOf, monthsOfRange, type MonthKey } from './months.js';
import { type DashboardVisit } from './records.js';
import { isInDashboardPeriod, isInDashboardUnit, type DashboardScope } from './scope.js';

/** Reception in one month: every visit, those by a group (đoàn đông người) and repeat visits (tái diễn). */
export interface VisitsMonth {
  month: MonthKey;
  visits: number;
  persons: number;
  groupVisits: number;
  repeatVisits: number;
}

/** Lượt tiếp đông người và tái diễn theo tháng, from the reception register. */
export function visitsByMonth(visits: readonly DashboardVisit[], scope: DashboardScope): VisitsMonth[] {
  const months = new Map<MonthKey, VisitsMonth>(
    monthsOfRange(scope.from, scope.to).map((month) => [month, { month, visits: 0, persons: 0, groupVisits: 0, repeatVisits: 0 }]),
  );
  for (const v of visits) {
    const bucket = isInDashboardUnit(v, scope) && isInDashboardPeriod(v.date, scope) ? months.get(monthOf(v.date)) : undefined;
    if (!bucket) continue;
    bucket.visits += v.count;
    bucket.persons += v.persons * v.count;
    if (v.isGroup) bucket.groupVisits += v.count;
    if (v.isRepeat) bucket.repeatVisits += v.count;
  }
  return [...months.values()];
}
