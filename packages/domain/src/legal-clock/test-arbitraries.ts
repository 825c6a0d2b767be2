// Shared fast-check generators for the legal-clock tests (not exported from the package).
import fc from 'fast-check';
import { type WorkCalendar } from './calendar.js';
import { fromDayNumber, toDayNumber } from './day-number.js';

export const dateBetween = (from: string, to: string) =>
  fc.integer({ min: toDayNumber(from), max: toDayNumber(to) }).map(fromDayNumber);

/** A random calendar over 2024–2028: scattered days off, some long breaks, a few make-up days. */
export const randomCalendar: fc.Arbitrary<WorkCalendar> = fc
  .record({
    daysOff: fc.array(dateBetween('2024-01-01', '2028-12-31'), { maxLength: 60 }),
    breaks: fc.array(fc.tuple(dateBetween('2024-01-01', '2028-12-31'), fc.integer({ min: 1, max: 12 })), { maxLength: 4 }),
    makeUpDays: fc.array(dateBetween('2024-01-01', '2028-12-31'), { maxLength: 6 }),
  })
  .map(({ daysOff, breaks, makeUpDays }) => ({
    daysOff: [
      ...daysOff,
      ...breaks.flatMap(([first, length]) => Array.from({ length }, (_, i) => fromDayNumber(toDayNumber(first) + i))),
    ],
    makeUpDays,
  }));
