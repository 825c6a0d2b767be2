import { openCaseStatuses, type CaseStatus } from '../cases/enums.js';
import { compareCodePoints, compareVietnamese, compareVietnameseNumeric } from '../common/collation.js';
import { daysBetween, type IsoDate } from '../common/iso-date.js';
import { dashboardOpenCaseStatuses, dashboardOpenLetterStatuses, type DashboardOpenItem } from './records.js';
import { isInDashboardUnit, type DashboardScope } from './scope.js';

type OpenCaseStatus = (typeof dashboardOpenCaseStatuses)[number];

const includes = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** Still waiting: a letter in the queue, or a case not yet resolved (suspended ones included). */
export const isOpenItem = (item: DashboardOpenItem): boolean =>
  item.subjectType === 'petition' ? includes(dashboardOpenLetterStatuses, item.status) : includes(dashboardOpenCaseStatuses, item.status);

/** Whether its deadline runs today: a suspended case's clock is stopped, so it is never late. */
export const isClockRunning = (item: DashboardOpenItem): boolean =>
  item.subjectType === 'petition' ? includes(dashboardOpenLetterStatuses, item.status) : includes(openCaseStatuses, item.status);

/** The day's deadline bands (see `deadlineStatusBounds`): overdue < today ≤ due soon < onTimeFrom. */
export interface DeadlineBounds {
  today: IsoDate;
  onTimeFrom: IsoDate;
}

export type DeadlineState = 'overdue' | 'due_soon';

export function deadlineStateOf(item: DashboardOpenItem, bounds: DeadlineBounds): DeadlineState | null {
  if (!isClockRunning(item) || item.dueDate === null) return null;
  if (item.dueDate < bounds.today) return 'overdue';
  return item.dueDate < bounds.onTimeFrom ? 'due_soon' : null;
}

export interface StageCount {
  status: OpenCaseStatus;
  count: number;
  overdue: number;
}

export interface OfficerCount {
  /** Null: cases nobody is assigned to yet. */
  assigneeId: string | null;
  name: string;
  count: number;
  overdue: number;
}

export const DASHBOARD_UNASSIGNED_LABEL = 'Chưa phân công';

const openCasesOf = (items: readonly DashboardOpenItem[], scope: Pick<DashboardScope, 'unitId'>) =>
  items.filter((i): i is Extract<DashboardOpenItem, { subjectType: 'case' }> => i.subjectType === 'case' && isOpenItem(i) && isInDashboardUnit(i, scope));

/** Vụ việc đang giải quyết theo giai đoạn: every stage listed, in workflow order, even when empty. */
export function openCasesByStage(items: readonly DashboardOpenItem[], scope: Pick<DashboardScope, 'unitId'>, bounds: DeadlineBounds): StageCount[] {
  const stages = new Map<CaseStatus, StageCount>(dashboardOpenCaseStatuses.map((status) => [status, { status, count: 0, overdue: 0 }]));
  for (const item of openCasesOf(items, scope)) {
    const stage = stages.get(item.status);
    if (!stage) continue;
    stage.count += 1;
    if (deadlineStateOf(item, bounds) === 'overdue') stage.overdue += 1;
  }
  return [...stages.values()];
}

/** Vụ việc đang giải quyết theo cán bộ: the heaviest load first, then by name. */
export function openCasesByOfficer(items: readonly DashboardOpenItem[], scope: Pick<DashboardScope, 'unitId'>, bounds: DeadlineBounds): OfficerCount[] {
  const officers = new Map<string | null, OfficerCount>();
  for (const item of openCasesOf(items, scope)) {
    const officer = officers.get(item.assigneeId) ?? { assigneeId: item.assigneeId, name: item.assigneeId === null ? DASHBOARD_UNASSIGNED_LABEL : (item.assigneeName ?? DASHBOARD_UNASSIGNED_LABEL), count: 0, overdue: 0 };
    officer.count += 1;
    if (deadlineStateOf(item, bounds) === 'overdue') officer.overdue += 1;
    officers.set(item.assigneeId, officer);
  }
  return [...officers.values()].sort((a, b) => b.count - a.count || compareVietnamese(a.name, b.name));
}

/** One line of the overdue or due-soon list, linking to its record. */
export interface DeadlineItem {
  subjectType: DashboardOpenItem['subjectType'];
  id: string;
  number: string | null;
  summary: string;
  dueDate: IsoDate;
  /** Calendar days past the due date (overdue), or left until it (due soon; 0 on the day). */
  days: number;
  assigneeName: string | null;
}

export interface DeadlineList {
  /** How many items are in this state; `items` holds the first of them. */
  total: number;
  items: DeadlineItem[];
}

/**
 * Quá hạn and sắp đến hạn, most urgent first (earliest due date, letters before cases on the same
 * day, then by number), the first `limit` of each with the full count.
 */
export function deadlineLists(
  items: readonly DashboardOpenItem[],
  scope: Pick<DashboardScope, 'unitId'>,
  bounds: DeadlineBounds,
  limit: number,
): Record<DeadlineState, DeadlineList> {
  const lists: Record<DeadlineState, DeadlineItem[]> = { overdue: [], due_soon: [] };
  for (const item of items) {
    if (!isInDashboardUnit(item, scope)) continue;
    const state = deadlineStateOf(item, bounds);
    if (state === null || item.dueDate === null) continue;
    const days = state === 'overdue' ? daysBetween(item.dueDate, bounds.today) : daysBetween(bounds.today, item.dueDate);
    lists[state].push({ subjectType: item.subjectType, id: item.id, number: item.number, summary: item.summary, dueDate: item.dueDate, days, assigneeName: item.assigneeName });
  }
  const order = (a: DeadlineItem, b: DeadlineItem) =>
    compareCodePoints(a.dueDate, b.dueDate) ||
    (a.subjectType === b.subjectType ? 0 : a.subjectType === 'petition' ? -1 : 1) ||
    compareVietnameseNumeric(a.number ?? '', b.number ?? '') ||
    compareCodePoints(a.id, b.id);
  const listOf = (all: DeadlineItem[]): DeadlineList => ({ total: all.length, items: all.sort(order).slice(0, Math.max(0, limit)) });
  return { overdue: listOf(lists.overdue), due_soon: listOf(lists.due_soon) };
}
