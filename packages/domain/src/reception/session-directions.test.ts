import { describe, expect, it } from 'vitest';
import { directionStatus } from './session-directions.js';

describe('direction status', () => {
  it('is overdue from the day after the due date, until a result is recorded', () => {
    expect(directionStatus({ dueDate: '2026-03-10', doneDate: null }, '2026-03-10')).toBe('pending');
    expect(directionStatus({ dueDate: '2026-03-10', doneDate: null }, '2026-03-11')).toBe('overdue');
    expect(directionStatus({ dueDate: '2026-03-10', doneDate: '2026-03-15' }, '2026-04-01')).toBe('done');
  });
});
