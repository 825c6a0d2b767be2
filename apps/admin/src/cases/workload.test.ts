import { describe, expect, it } from 'vitest';
import { workloadByAssignee } from './workload';

const c = (
  assigneeId: string | null,
  status: Parameters<typeof workloadByAssignee>[0][number]['status'],
  deadlineStatus: 'on_time' | 'due_soon' | 'overdue' | null = 'on_time',
) => ({
  assigneeId,
  assigneeName: assigneeId === null ? null : `Cán bộ ${assigneeId}`,
  status,
  deadlineStatus,
});

describe('workloadByAssignee', () => {
  it('counts each official’s active cases, late ones and those awaiting signature or enforcement', () => {
    const rows = workloadByAssignee([
      c('a', 'verifying', 'overdue'),
      c('a', 'pending_signature', 'due_soon'),
      c('a', 'enforcing', null),
      c('a', 'closed', null),
      c('b', 'accepted'),
    ]);
    expect(rows).toEqual([
      { assigneeId: 'a', assigneeName: 'Cán bộ a', active: 3, resolving: 2, dueSoon: 1, overdue: 1, pendingSignature: 1, enforcing: 1 },
      { assigneeId: 'b', assigneeName: 'Cán bộ b', active: 1, resolving: 1, dueSoon: 0, overdue: 0, pendingSignature: 0, enforcing: 0 },
    ]);
  });

  it('puts the busiest first and the unassigned last, and leaves out finished cases', () => {
    const rows = workloadByAssignee([
      c(null, 'accepted'),
      c(null, 'accepted'),
      c(null, 'accepted'),
      c('b', 'verifying'),
      c('a', 'verifying'),
      c('a', 'terminated', null),
    ]);
    expect(rows.map((r) => r.assigneeId)).toEqual(['a', 'b', null]);
    expect(rows.map((r) => r.active)).toEqual([1, 1, 3]);
  });

  it('has no row for an official whose cases are all finished', () => {
    expect(workloadByAssignee([c('a', 'closed', null), c('a', 'terminated', null)])).toEqual([]);
  });
});
