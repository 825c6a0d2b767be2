import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { type WorkCalendar } from './calendar.js';
import { calendarForRange, defaultCalendar } from './default-calendar.js';
import { deadlineStatus, deadlineStatuses } from './status.js';
import { dateBetween, randomCalendar } from './test-arbitraries.js';

const empty: WorkCalendar = { daysOff: [], makeUpDays: [] };

describe('deadlineStatus', () => {
  it('is due soon from three working days before the due day, due day included', () => {
    // Due Friday 14/03/2025.
    expect(deadlineStatus('2025-03-14', '2025-03-10', empty)).toBe('on_time'); // Mon: Tue, Wed, Thu, Fri left
    expect(deadlineStatus('2025-03-14', '2025-03-11', empty)).toBe('due_soon'); // Tue: Wed, Thu, Fri left
    expect(deadlineStatus('2025-03-14', '2025-03-14', empty)).toBe('due_soon'); // the due day itself
    expect(deadlineStatus('2025-03-14', '2025-03-15', empty)).toBe('overdue');
  });

  it('counts working days, so a holiday break brings "due soon" forward', () => {
    // Due Tuesday 06/05/2025; on Tuesday 29/4 only Mon 05/5 and Tue 06/5 are working days left.
    expect(deadlineStatus('2025-05-06', '2025-04-29', defaultCalendar(2025))).toBe('due_soon');
    expect(deadlineStatus('2025-05-06', '2025-04-29', empty)).toBe('on_time');
  });

  it('rejects malformed dates', () => {
    expect(() => deadlineStatus('2025-13-01', '2025-01-01', empty)).toThrow(DomainError);
    expect(() => deadlineStatus('2025-01-01', 'hôm nay', empty)).toThrow(DomainError);
  });

  it('is overdue exactly when today is after the due date, and only moves forward as days pass', () => {
    const cal = fc.oneof(fc.constant<WorkCalendar>(calendarForRange('2024-01-01', '2028-12-31')), randomCalendar);
    const day = dateBetween('2024-01-01', '2028-06-30');
    fc.assert(
      fc.property(day, day, day, cal, (due, a, b, c) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        expect(deadlineStatus(due, a, c) === 'overdue').toBe(a > due);
        const rank = (s: string) => deadlineStatuses.indexOf(s as (typeof deadlineStatuses)[number]);
        expect(rank(deadlineStatus(due, later, c))).toBeGreaterThanOrEqual(rank(deadlineStatus(due, earlier, c)));
      }),
    );
  });
});
