import { type IsoDate } from '../common/iso-date.js';
import { type PlanProgressSummary } from '../plans/plan-progress.js';

/**
 * Tiến độ thực hiện kế hoạch năm on the leaders' dashboard: the plans of the period's year (a Sở
 * may issue a second plan in the year) and their items' statuses counted together as of today.
 * The plan is the agency's, so the unit filter does not narrow it.
 */
export interface DashboardPlan {
  year: number;
  plans: { id: string; number: string | null; date: IsoDate; title: string }[];
  progress: PlanProgressSummary;
}

/** The plan year a period belongs to: the year of its last day, so "this year" and "this quarter" read this year's plan. */
export const dashboardPlanYear = (to: IsoDate): number => Number(to.slice(0, 4));
