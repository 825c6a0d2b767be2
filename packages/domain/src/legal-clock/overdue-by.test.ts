import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { addWorkingDays } from './counting.js';
import { calendarForRange } from './default-calendar.js';
import { latestDueOverdueBy } from './overdue-by.js';

const cal = calendarForRange('2023-01-01', '2027-12-31');

describe('latestDueOverdueBy', () => {
  it('splits due dates exactly where more than n working days have passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 10 }), (t, back, n) => {
        const today = shiftDate('2024-03-01', t);
        const due = shiftDate(today, -back);
        const escalates = addWorkingDays(due, n, cal) < today;
        expect(due <= latestDueOverdueBy(today, n, cal)).toBe(escalates);
      }),
    );
  });

  it('counts Tết as no working days', () => {
    // Due Wed 07/02/2024; the five working days after it are 15, 16, 19, 20 and 21/02 (Tết off 08–14/02),
    // so it is overdue by more than five from 22/02.
    expect(latestDueOverdueBy('2024-02-21', 5, cal) < '2024-02-07').toBe(true);
    expect(latestDueOverdueBy('2024-02-22', 5, cal) >= '2024-02-07').toBe(true);
  });
});
