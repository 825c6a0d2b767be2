import { describe, expect, it } from 'vitest';
import { filtersForQueue, queueOf } from './queues';

describe('queueOf', () => {
  it('recognises each preset', () => {
    expect(queueOf({})).toBe('all');
    expect(queueOf({ status: 'registered' })).toBe('to_classify');
    expect(queueOf({ status: 'pending_approval', q: 'nguyen' })).toBe('to_approve');
    expect(queueOf({ dueStatus: 'overdue' })).toBe('overdue');
    expect(queueOf({ dueStatus: 'due_soon', kind: 'complaint' })).toBe('due_soon');
  });

  it('names no queue for a mix no tab stands for', () => {
    expect(queueOf({ status: 'archived' })).toBeNull();
    expect(queueOf({ status: 'registered', dueStatus: 'overdue' })).toBeNull();
  });
});

describe('filtersForQueue', () => {
  it('swaps the preset and keeps the other filters', () => {
    expect(filtersForQueue('to_approve', { q: 'nguyen', dueStatus: 'overdue', kind: 'complaint' })).toEqual({
      q: 'nguyen',
      kind: 'complaint',
      status: 'pending_approval',
    });
    expect(filtersForQueue('all', { status: 'registered', channel: 'post' })).toEqual({ channel: 'post' });
  });
});
