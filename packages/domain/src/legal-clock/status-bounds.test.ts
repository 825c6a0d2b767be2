import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './counting.js';
import { calendarForRange } from './default-calendar.js';
import { deadlineStatus } from './status.js';
import { deadlineStatusBounds } from './status-bounds.js';

const cal = calendarForRange('2024-01-01', '2027-12-31');
const day = (offset: number) => {
  const d = new Date(Date.UTC(2024, 0, 1) + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
};

describe('deadlineStatusBounds', () => {
  it('agrees with deadlineStatus for every due date around today', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -20, max: 40 }), (t, delta) => {
        const today = day(t);
        const due = day(t + delta);
        const { onTimeFrom } = deadlineStatusBounds(today, cal);
        const expected = due < today ? 'overdue' : due < onTimeFrom ? 'due_soon' : 'on_time';
        expect(deadlineStatus(due, today, cal)).toBe(expected);
      }),
    );
  });

  it('spans Tết: from 2024-02-07 the due-soon window runs past the holiday', () => {
    // Working days after 07/02 skip Tết (08–14/02): 15, 16, 19, 20.
    expect(deadlineStatusBounds('2024-02-07', cal).onTimeFrom).toBe('2024-02-20');
    expect(addCalendarDays('2024-02-07', 1, cal)).toBe('2024-02-15');
  });
});
