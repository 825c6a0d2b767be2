import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { isWorkingDay, type WorkCalendar } from './calendar.js';
import { addCalendarDays, addWorkingDays } from './counting.js';
import { calendarForRange, defaultCalendar } from './default-calendar.js';
import { dateBetween, randomCalendar } from './test-arbitraries.js';

const empty: WorkCalendar = { daysOff: [], makeUpDays: [] };
const calendars = fc.oneof(fc.constant<WorkCalendar>(calendarForRange('2024-01-01', '2028-12-31')), randomCalendar);
const starts = dateBetween('2024-01-01', '2027-12-31');
/** start + n with no calendar at all, via UTC milliseconds. */
const plainAdd = (start: string, n: number) => new Date(Date.parse(start) + n * 86_400_000).toISOString().slice(0, 10);

describe('addWorkingDays', () => {
  it('does not count the start day (Civil Code Đ147)', () => {
    expect(addWorkingDays('2025-03-03', 1, empty)).toBe('2025-03-04'); // Monday → Tuesday
    expect(addWorkingDays('2025-03-07', 1, empty)).toBe('2025-03-10'); // Friday → Monday
    expect(addWorkingDays('2025-03-08', 1, empty)).toBe('2025-03-10'); // Saturday → Monday
    expect(addWorkingDays('2025-03-03', 0, empty)).toBe('2025-03-03');
  });

  it('skips Tết 2024: 10 working days from Wednesday 07/02/2024 end on 28/02/2024', () => {
    expect(addWorkingDays('2024-02-07', 10, defaultCalendar(2024))).toBe('2024-02-28');
  });

  it('counts a make-up Saturday (2025-04-26) and skips the swapped Friday (2025-05-02)', () => {
    const cal = defaultCalendar(2025);
    // From Thursday 24/4: Fri 25, Sat 26 (make-up), Mon 28, Tue 29, [30/4, 1/5, 2/5 off], Mon 5/5.
    expect(addWorkingDays('2025-04-24', 2, cal)).toBe('2025-04-26');
    expect(addWorkingDays('2025-04-24', 5, cal)).toBe('2025-05-05');
  });

  it('crosses New Year with a merged calendar', () => {
    const cal = calendarForRange('2025-12-01', '2026-01-31');
    // Wed 31/12/2025 + 1 WD: Thu 01/01/2026 is Tết Dương lịch, so Friday 02/01.
    expect(addWorkingDays('2025-12-31', 1, cal)).toBe('2026-01-02');
  });

  it('always lands on a working day, after the start', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 1, max: 120 }), calendars, (start, n, cal) => {
        const due = addWorkingDays(start, n, cal);
        expect(isWorkingDay(due, cal)).toBe(true);
        expect(due > start).toBe(true);
      }),
    );
  });

  it('strictly increases with n', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 120 }), calendars, (start, n, cal) => {
        expect(addWorkingDays(start, n + 1, cal) > addWorkingDays(start, n, cal)).toBe(true);
      }),
    );
  });
});

describe('addCalendarDays', () => {
  it('adds calendar days and rolls a day off forward (Civil Code Đ148.5)', () => {
    expect(addCalendarDays('2025-03-03', 30, empty)).toBe('2025-04-02');
    // 30 days from 30/03/2025 is Tuesday 29/04 — a working day in 2025.
    expect(addCalendarDays('2025-03-30', 30, defaultCalendar(2025))).toBe('2025-04-29');
    // 31 days would be Wednesday 30/04: 30/4, 1/5, 2/5 off, 3–4/5 weekend → Monday 05/5.
    expect(addCalendarDays('2025-03-30', 31, defaultCalendar(2025))).toBe('2025-05-05');
  });

  it('never lands on a day off and never before start + n', () => {
    fc.assert(
      fc.property(starts, fc.integer({ min: 0, max: 400 }), calendars, (start, n, cal) => {
        const due = addCalendarDays(start, n, cal);
        expect(isWorkingDay(due, cal)).toBe(true);
        expect(due >= plainAdd(start, n)).toBe(true);
      }),
    );
  });
});

describe('bad input', () => {
  it.each(['2024-02-30', '2024-2-7', '07/02/2024', '', '2024-02-07T00:00:00Z'])('rejects the date "%s"', (date) => {
    expect(() => addWorkingDays(date, 1, empty)).toThrow(DomainError);
    expect(() => addCalendarDays(date, 1, empty)).toThrow(DomainError);
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e7])('rejects the count %s', (n) => {
    expect(() => addWorkingDays('2024-02-07', n, empty)).toThrow(DomainError);
    expect(() => addCalendarDays('2024-02-07', n, empty)).toThrow(DomainError);
  });

  it('rejects any malformed date string and any negative count, in Vietnamese', () => {
    fc.assert(
      fc.property(fc.string().filter((s) => !isIsoDate(s)), (date) => {
        expect(() => addWorkingDays(date, 1, empty)).toThrow(/không hợp lệ/);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ max: -1 }), (n) => {
        expect(() => addCalendarDays('2024-02-07', n, empty)).toThrow(/Số ngày/);
      }),
    );
  });
});
