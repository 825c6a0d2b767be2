import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shiftDate } from '../common/iso-date.js';
import { type WorkCalendar } from '../legal-clock/calendar.js';
import { calendarForRange, defaultCalendar } from '../legal-clock/default-calendar.js';
import { dateBetween, randomCalendar } from '../legal-clock/test-arbitraries.js';
import { earliestAnnouncedDate, isAnnouncedInTime, latestAnnouncementDate } from './schedule.js';

const empty: WorkCalendar = { daysOff: [], makeUpDays: [] };
const calendars = fc.oneof(fc.constant<WorkCalendar>(calendarForRange('2024-01-01', '2028-12-31')), randomCalendar);
const days = dateBetween('2024-02-01', '2028-11-30');

describe('reception schedule notice (Luật TCD Đ24.4: at least 5 working days ahead)', () => {
  it('for a Monday reception, the schedule must be out by the Monday before', () => {
    expect(latestAnnouncementDate('2025-03-17', empty)).toBe('2025-03-10');
    expect(isAnnouncedInTime('2025-03-10', '2025-03-17', empty)).toBe(true);
    expect(isAnnouncedInTime('2025-03-11', '2025-03-17', empty)).toBe(false);
    // Published on a Saturday, it counts from the Monday after.
    expect(earliestAnnouncedDate('2025-03-08', empty)).toBe('2025-03-15');
    expect(earliestAnnouncedDate('2025-03-10', empty)).toBe('2025-03-15');
  });

  it('skips public holidays: a reception on 06/5/2025 needed its schedule by 25/4/2025', () => {
    // 30/4, 1/5 and 2/5 are off and Saturday 26/4 is a make-up working day.
    const cal = defaultCalendar(2025);
    expect(latestAnnouncementDate('2025-05-06', cal)).toBe('2025-04-25');
    expect(isAnnouncedInTime('2025-04-28', '2025-05-06', cal)).toBe(false);
  });

  it('earliestAnnouncedDate is the first day in time, and the day before it is not', () => {
    fc.assert(
      fc.property(calendars, days, (cal, announced) => {
        const earliest = earliestAnnouncedDate(announced, cal);
        expect(isAnnouncedInTime(announced, earliest, cal)).toBe(true);
        expect(isAnnouncedInTime(announced, shiftDate(earliest, -1), cal)).toBe(false);
      }),
    );
  });

  it('announcing earlier never makes a schedule late', () => {
    fc.assert(
      fc.property(calendars, days, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 1, max: 30 }), (cal, reception, back, earlier) => {
        const announced = shiftDate(reception, -back);
        if (isAnnouncedInTime(announced, reception, cal)) expect(isAnnouncedInTime(shiftDate(announced, -earlier), reception, cal)).toBe(true);
      }),
    );
  });
});
