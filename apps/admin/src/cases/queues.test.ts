import { describe, expect, it } from 'vitest';
import { caseQueues, filterForAssignee, filterForQueue, isDeadlineQueue, queueOf } from './queues';

describe('case queues', () => {
  it('recognises each queue from its own filter', () => {
    for (const queue of caseQueues) expect(queueOf(queue.filter)).toBe(queue.id);
  });

  it('keeps the search text and the kind across queues', () => {
    const current = { q: 'nguyen', kind: 'denunciation', dueStatus: 'overdue' };
    expect(queueOf(current)).toBe('overdue');
    expect(filterForQueue('pending_signature', current)).toEqual({ q: 'nguyen', kind: 'denunciation', status: 'pending_signature' });
    expect(filterForQueue('all', current)).toEqual({ q: 'nguyen', kind: 'denunciation' });
  });

  it('matches no queue when the filter says more than any queue', () => {
    expect(queueOf({ status: 'drafting' })).toBeUndefined();
    expect(queueOf({ mine: true, dueStatus: 'overdue' })).toBeUndefined();
    expect(queueOf({ assigneeId: 'x' })).toBeUndefined();
  });

  it('treats cleared inputs as absent', () => {
    expect(queueOf({ status: '', q: 'a' })).toBe('all');
  });

  it('lists one official’s cases, or the unassigned ones, in place of the queue', () => {
    expect(filterForAssignee('u1', { mine: true, q: 'x' })).toEqual({ q: 'x', assigneeId: 'u1' });
    expect(filterForAssignee(null, { status: 'verifying' })).toEqual({ unassigned: true });
  });

  it('sorts only the deadline queues by due date', () => {
    expect(caseQueues.filter((q) => isDeadlineQueue(q.id)).map((q) => q.id)).toEqual(['due_soon', 'overdue']);
  });
});
