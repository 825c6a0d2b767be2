import { daysBetween, type IsoDate } from '../common/iso-date.js';
import { planItemStatuses, type PlanItemProgressState, type PlanItemStatus, type PlanTimeFrame } from './plan-items.js';

export type PlanItemTiming = { state: PlanItemProgressState; timeFrame: PlanTimeFrame; timeTo: IsoDate | null };

/** The day after which an unfinished item is late: its completion date, or the plan year's last day for a regular item. */
export const planItemDueDate = (item: Pick<PlanItemTiming, 'timeFrame' | 'timeTo'>, planYear: number): IsoDate =>
  item.timeFrame === 'dated' && item.timeTo !== null ? item.timeTo : `${String(planYear)}-12-31`;

/** Done stays done; anything unfinished after its due date is late, whatever was last recorded. */
export function planItemStatus(item: PlanItemTiming, planYear: number, today: IsoDate): PlanItemStatus {
  if (item.state === 'done') return 'done';
  return today > planItemDueDate(item, planYear) ? 'late' : item.state;
}

/**
 * The state an item was in on `date`, from its notes: each note records the state it left the item
 * in, so a report dated in the past neither shows later progress nor calls it finished too early.
 * An item never updated keeps its recorded state.
 */
export function planItemStateOn(item: { state: PlanItemProgressState; progress: readonly { date: IsoDate; stateAfter: PlanItemProgressState }[] }, date: IsoDate): PlanItemProgressState {
  if (item.progress.length === 0) return item.state;
  let latest: { date: IsoDate; stateAfter: PlanItemProgressState } | undefined;
  for (const note of item.progress) if (note.date <= date && (!latest || note.date >= latest.date)) latest = note;
  return latest?.stateAfter ?? 'not_started';
}

export type PlanProgressItem = PlanItemTiming & { id: string; code: string; content: string };

export type PlanProgressSummary = {
  total: number;
  byStatus: Record<PlanItemStatus, number>;
  /** Share of items done, 0–100, rounded down so 99.6 % never reads as finished. */
  percentDone: number;
  lateItems: { id: string; code: string; content: string; dueDate: IsoDate; daysLate: number }[];
};

/**
 * Tiến độ thực hiện kế hoạch for leaders and the dashboard: how many items stand at each status
 * today and which are late, most overdue first.
 */
export function planProgress(plan: { year: number; items: readonly PlanProgressItem[] }, today: IsoDate): PlanProgressSummary {
  const byStatus = Object.fromEntries(planItemStatuses.map((s) => [s, 0])) as Record<PlanItemStatus, number>;
  const lateItems: PlanProgressSummary['lateItems'] = [];
  for (const item of plan.items) {
    const status = planItemStatus(item, plan.year, today);
    byStatus[status] += 1;
    if (status === 'late') {
      const dueDate = planItemDueDate(item, plan.year);
      lateItems.push({ id: item.id, code: item.code, content: item.content, dueDate, daysLate: daysBetween(dueDate, today) });
    }
  }
  lateItems.sort((a, b) => b.daysLate - a.daysLate || a.code.localeCompare(b.code));
  const total = plan.items.length;
  return { total, byStatus, percentDone: total === 0 ? 0 : Math.floor((byStatus.done * 100) / total), lateItems };
}
