import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { CalendarEntrySchema, isWorkingDay, mergeCalendars, WorkCalendarSchema, type WorkCalendar } from './calendar.js';
import { calendarForRange, defaultCalendar, officialCalendarYears } from './default-calendar.js';
import { hungKingsDay, lunarNewYear } from './lunar.js';

const empty: WorkCalendar = { daysOff: [], makeUpDays: [] };

describe('isWorkingDay', () => {
  it('treats Monday to Friday as working and the weekend as off', () => {
    expect(isWorkingDay('2025-03-03', empty)).toBe(true); // Monday
    expect(isWorkingDay('2025-03-07', empty)).toBe(true); // Friday
    expect(isWorkingDay('2025-03-08', empty)).toBe(false); // Saturday
    expect(isWorkingDay('2025-03-09', empty)).toBe(false); // Sunday
  });

  it('honours days off and make-up Saturdays', () => {
    const cal = defaultCalendar(2025);
    expect(isWorkingDay('2025-05-02', cal)).toBe(false); // Friday swapped away
    expect(isWorkingDay('2025-04-26', cal)).toBe(true); // make-up Saturday
    expect(isWorkingDay('2025-04-07', cal)).toBe(false); // Hùng Vương
  });

  it('rejects malformed dates and calendars with a domain error', () => {
    expect(() => isWorkingDay('2025-02-30', empty)).toThrow(DomainError);
    expect(() => isWorkingDay('07/02/2024', empty)).toThrow(DomainError);
    expect(() => isWorkingDay('2025-01-01', { daysOff: ['2025-1-1'], makeUpDays: [] })).toThrow(DomainError);
    expect(() => isWorkingDay('2025-01-01', null as unknown as WorkCalendar)).toThrow(DomainError);
  });

  it('sees a day added to a new calendar object', () => {
    const daysOff = ['2025-03-03'];
    expect(isWorkingDay('2025-03-04', { daysOff, makeUpDays: [] })).toBe(true);
    expect(isWorkingDay('2025-03-04', { daysOff: [...daysOff, '2025-03-04'], makeUpDays: [] })).toBe(false);
  });
});

describe('official calendars 2024–2026', () => {
  it('are the official years and not provisional', () => {
    expect(officialCalendarYears).toEqual([2024, 2025, 2026]);
    for (const year of officialCalendarYears) expect(defaultCalendar(year).provisional).toBe(false);
  });

  it('2024: Tết 08–14/02, 29/4 swapped for Saturday 04/5, Quốc khánh 02–03/9', () => {
    const cal = defaultCalendar(2024);
    expect(cal.daysOff).toEqual([
      '2024-01-01',
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18',
      '2024-04-29',
      '2024-04-30',
      '2024-05-01',
      '2024-09-02',
      '2024-09-03',
    ]);
    expect(cal.makeUpDays).toEqual(['2024-05-04']);
  });

  it('2025: Tết 27–31/01 on weekdays, 02/5 swapped for Saturday 26/4, Quốc khánh 01–02/9', () => {
    const cal = defaultCalendar(2025);
    expect(cal.daysOff).toEqual([
      '2025-01-01',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07',
      '2025-04-30',
      '2025-05-01',
      '2025-05-02',
      '2025-09-01',
      '2025-09-02',
    ]);
    expect(cal.makeUpDays).toEqual(['2025-04-26']);
  });

  it('2026: Hùng Vương on Sunday 26/4 gives Monday 27/4 off', () => {
    const cal = defaultCalendar(2026);
    expect(cal.daysOff).toContain('2026-04-27');
    expect(cal.daysOff).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20', '2026-09-01', '2026-09-02']));
    expect(cal.entries.every((e) => e.source.includes('Bộ Nội vụ'))).toBe(true);
  });

  it('each official year has 11 weekday days off once swapped days are netted against make-up days', () => {
    // Labour Code Đ112: 1 + 5 + 1 + 1 + 1 + 2 = 11 days; a swap adds one day off and one make-up day.
    for (const year of officialCalendarYears) {
      const cal = defaultCalendar(year);
      expect(cal.daysOff.length - cal.makeUpDays.length).toBe(11);
    }
  });

  it('annotates every day with a Vietnamese reason and a source', () => {
    for (const year of officialCalendarYears) {
      for (const entry of defaultCalendar(year).entries) expect(CalendarEntrySchema.parse(entry)).toEqual(entry);
    }
    expect(WorkCalendarSchema.safeParse(defaultCalendar(2025)).success).toBe(true);
  });
});

describe('provisional calendars (Labour Code 2019 Đ112)', () => {
  it('2027: Tết from the last day of the old year, weekend Tết days compensated, 01/5 Saturday → Monday 03/5', () => {
    const cal = defaultCalendar(2027);
    expect(cal.provisional).toBe(true);
    expect(lunarNewYear(2027)).toBe('2027-02-06'); // Saturday
    expect(cal.daysOff).toEqual([
      '2027-01-01',
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-04-16',
      '2027-04-30',
      '2027-05-03',
      '2027-09-02',
      '2027-09-03', // 02/9 is a Thursday: the adjacent day is Friday 03/9
    ]);
    expect(cal.makeUpDays).toEqual([]);
    expect(cal.entries.find((e) => e.date === '2027-05-03')?.reason).toBe(
      'Nghỉ bù Ngày Quốc tế Lao động (01/5) (01/05/2027 trùng thứ Bảy)',
    );
    expect(cal.entries.every((e) => e.source.includes('(dự kiến)'))).toBe(true);
  });

  it('gives two weekend holidays in a row two successive compensatory days (2028: 30/4 Sunday)', () => {
    const cal = defaultCalendar(2028);
    expect(cal.daysOff).toEqual(expect.arrayContaining(['2028-05-01', '2028-05-02']));
  });

  it('always has eleven holiday days, each either a weekday off or compensated', () => {
    for (let year = 2027; year <= 2060; year++) {
      const cal = defaultCalendar(year);
      expect(cal.daysOff).toHaveLength(11);
      expect(new Set(cal.daysOff).size).toBe(11);
      expect(cal.daysOff.every((d) => isWorkingDay(d, empty))).toBe(true); // all on weekdays
      const hung = hungKingsDay(year);
      expect(cal.entries.some((e) => e.date === hung || e.reason.startsWith('Nghỉ bù Giỗ Tổ Hùng Vương'))).toBe(true);
    }
  });

  it('is cached and frozen, so callers cannot corrupt the shared copy', () => {
    expect(defaultCalendar(2030)).toBe(defaultCalendar(2030));
    expect(Object.isFrozen(defaultCalendar(2030).daysOff)).toBe(true);
  });

  it('refuses years outside the lunar algorithm range', () => {
    expect(() => defaultCalendar(1800)).toThrow(DomainError);
  });
});

describe('mergeCalendars and calendarForRange', () => {
  it('unions several years so a deadline can cross New Year', () => {
    const cal = calendarForRange('2025-12-15', '2026-02-28');
    expect(cal.years).toEqual([2025, 2026]);
    expect(cal.provisional).toBe(false);
    expect(cal.daysOff).toEqual(expect.arrayContaining(['2025-09-02', '2026-01-01', '2026-02-16']));
    expect(calendarForRange('2026-06-01', '2027-03-01').provisional).toBe(true);
  });

  it('deduplicates and sorts', () => {
    const merged = mergeCalendars(
      { daysOff: ['2025-03-05', '2025-03-04'], makeUpDays: [] },
      { daysOff: ['2025-03-04'], makeUpDays: ['2025-03-08'] },
    );
    expect(merged).toEqual({ daysOff: ['2025-03-04', '2025-03-05'], makeUpDays: ['2025-03-08'], entries: [] });
  });

  it('rejects a reversed range', () => {
    expect(() => calendarForRange('2026-01-01', '2025-01-01')).toThrow(DomainError);
  });
});
