/**
 * Quick queues of the case list ("hàng đợi"): each is a preset of the filters that say whose and
 * which cases to show. Search text and the kind filter are refinements kept across queues.
 */
export const caseQueues = [
  { id: 'mine', filter: { mine: true } },
  { id: 'due_soon', filter: { dueStatus: 'due_soon' } },
  { id: 'overdue', filter: { dueStatus: 'overdue' } },
  { id: 'verifying', filter: { status: 'verifying' } },
  { id: 'pending_signature', filter: { status: 'pending_signature' } },
  { id: 'enforcing', filter: { status: 'enforcing' } },
  { id: 'all', filter: {} },
] as const satisfies readonly { id: string; filter: Record<string, unknown> }[];
export type CaseQueueId = (typeof caseQueues)[number]['id'];

/** Queues of cases whose clock runs, worked nearest deadline first. */
export const isDeadlineQueue = (id: CaseQueueId): boolean => id === 'due_soon' || id === 'overdue';

/** The filters a queue decides; anything else in the filter is the user's refinement. */
const queueKeys = ['mine', 'dueStatus', 'status', 'assigneeId', 'unassigned'] as const;

const queuePart = (filter: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(queueKeys.filter((key) => filter[key] !== undefined && filter[key] !== '').map((key) => [key, filter[key]]));

const sameEntries = (a: Record<string, unknown>, b: Record<string, unknown>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

/** The queue the current filter amounts to, if any (a hand-picked status may match none). */
export function queueOf(filter: Record<string, unknown>): CaseQueueId | undefined {
  const part = queuePart(filter);
  return caseQueues.find((queue) => sameEntries(queue.filter, part))?.id;
}

/** The filter after choosing a queue: the queue's preset plus the refinements already chosen. */
export function filterForQueue(id: CaseQueueId, current: Record<string, unknown>): Record<string, unknown> {
  const queue = caseQueues.find((q) => q.id === id);
  const refinements = Object.fromEntries(Object.entries(current).filter(([key]) => !(queueKeys as readonly string[]).includes(key)));
  return { ...refinements, ...(queue?.filter ?? {}) };
}

/** The filter that lists one official's cases, or those nobody holds. */
export function filterForAssignee(assigneeId: string | null, current: Record<string, unknown>): Record<string, unknown> {
  const refinements = Object.fromEntries(Object.entries(current).filter(([key]) => !(queueKeys as readonly string[]).includes(key)));
  return assigneeId === null ? { ...refinements, unassigned: true } : { ...refinements, assigneeId };
}
