import type { CaseStatus, DeadlineStatus } from '@kntc/domain';

type WorkloadCase = {
  status: CaseStatus;
  deadlineStatus: DeadlineStatus | null;
  assigneeId: string | null;
  assigneeName: string | null;
};

export type WorkloadRow = {
  /** null: the cases nobody holds yet. */
  assigneeId: string | null;
  assigneeName: string | null;
  /** Cases not yet closed or terminated. */
  active: number;
  /** Still within the resolution clock (accepted to awaiting signature). */
  resolving: number;
  dueSoon: number;
  overdue: number;
  pendingSignature: number;
  /** Signed, being sent or enforced. */
  enforcing: number;
};

const finished: ReadonlySet<CaseStatus> = new Set(['closed', 'terminated']);
const resolving: ReadonlySet<CaseStatus> = new Set(['accepted', 'verifying', 'dialogue', 'drafting', 'pending_signature']);

/**
 * Workload by official ("theo cán bộ"): the active cases each one holds and how many are late or
 * close to it. The busiest first, so a unit head sees where to rebalance; unassigned cases last.
 */
export function workloadByAssignee(cases: readonly WorkloadCase[]): WorkloadRow[] {
  const rows = new Map<string | null, WorkloadRow>();
  for (const c of cases) {
    if (finished.has(c.status)) continue;
    const row = rows.get(c.assigneeId) ?? {
      assigneeId: c.assigneeId,
      assigneeName: c.assigneeName,
      active: 0,
      resolving: 0,
      dueSoon: 0,
      overdue: 0,
      pendingSignature: 0,
      enforcing: 0,
    };
    row.active += 1;
    if (resolving.has(c.status)) row.resolving += 1;
    if (c.deadlineStatus === 'due_soon') row.dueSoon += 1;
    if (c.deadlineStatus === 'overdue') row.overdue += 1;
    if (c.status === 'pending_signature') row.pendingSignature += 1;
    if (c.status === 'issued' || c.status === 'enforcing') row.enforcing += 1;
    rows.set(c.assigneeId, row);
  }
  return [...rows.values()].sort((a, b) => {
    if ((a.assigneeId === null) !== (b.assigneeId === null)) return a.assigneeId === null ? 1 : -1;
    return b.active - a.active || b.overdue - a.overdue || (a.assigneeName ?? '').localeCompare(b.assigneeName ?? '', 'vi');
  });
}
