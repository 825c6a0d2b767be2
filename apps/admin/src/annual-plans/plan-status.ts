import { formatIsoDateVi, planItemStatusLabels, type PlanItemStatus } from '@kntc/domain';
import type { StatusTone } from '../office/status-tones';

const tones: Record<PlanItemStatus, StatusTone> = { not_started: 'neutral', in_progress: 'info', done: 'success', late: 'danger' };

/** A plan item's status in words (the domain's), with a tone that only supports them; late is solid red. */
export const planStatusChip = (status: PlanItemStatus): { label: string; tone: StatusTone } => ({ label: planItemStatusLabels[status], tone: tones[status] });

/**
 * When an item is to be done, as the plan writes it: its own note when it has one ("Năm 2024 (theo
 * Công văn số 4305/UBND-TD)"), else "Thường xuyên" or its dates.
 */
export function timeFrameText(item: { timeFrame: 'regular' | 'dated'; timeFrom: string | null; timeTo: string | null; timeNote: string | null }): { key: string; args?: Record<string, unknown> } | { text: string } {
  if (item.timeNote) return { text: item.timeNote };
  if (item.timeFrame === 'regular' || item.timeTo === null) return { key: 'kntc.office.plans.time_regular' };
  if (item.timeFrom === null) return { key: 'kntc.office.plans.time_until', args: { to: formatIsoDateVi(item.timeTo) } };
  return { key: 'kntc.office.plans.time_dated', args: { from: formatIsoDateVi(item.timeFrom), to: formatIsoDateVi(item.timeTo) } };
}

/**
 * The year the progress view opens on: this year when it has a plan, else the latest planned year
 * before it (leaders review last year's plan early in the new one), else this year.
 */
export function defaultPlanYear(planYears: readonly number[], currentYear: number): number {
  if (planYears.includes(currentYear)) return currentYear;
  const earlier = planYears.filter((y) => y < currentYear);
  return earlier.length > 0 ? Math.max(...earlier) : currentYear;
}

/** The years to choose from: every planned year and this one, newest first. */
export function planYearChoices(planYears: readonly number[], currentYear: number): number[] {
  return [...new Set([...planYears, currentYear])].sort((a, b) => b - a);
}
