import { calendarFromEntries, type CalendarEntry, type YearCalendar } from './calendar.js';
import { dayFromParts, formatVietnamese, fromDayNumber, isWeekend, weekdayName, weekdayOf, type DayNumber } from './day-number.js';
import { lunarToDayNumber } from './lunar.js';

/**
 * A year's days off derived from the Labour Code 2019 when no official schedule is loaded.
 * The Prime Minister fixes the exact Tết and Quốc khánh days each year and the ministry may swap
 * a weekday for a make-up Saturday; a rule cannot foresee that, so these years are marked
 * provisional and should be replaced by the official notice once it is published.
 */

const SOURCE_HOLIDAY = 'Bộ luật Lao động 2019 Đ112 (dự kiến)';
const SOURCE_COMPENSATORY = 'Bộ luật Lao động 2019 Đ111.3 (dự kiến)';

interface Holiday {
  readonly day: DayNumber;
  readonly reason: string;
}

/**
 * The adjacent Quốc khánh day. The official choices in the brief (2024 Mon → 03/9, 2025 Tue → 01/9,
 * 2026 Wed → 01/9), and as far as we recall 2021 (Thu → 03/9) and 2022 (Fri → 01/9), fit one rule:
 * the day before, unless 02/9 is a Monday or Thursday, where the day after joins it to a weekend
 * (for a Monday, 01/9 is a Sunday and would only have produced a compensatory Tuesday anyway).
 */
function nationalDayAdjacent(year: number): DayNumber {
  const nationalDay = dayFromParts(year, 9, 2);
  const weekday = weekdayOf(nationalDay);
  return weekday === 1 || weekday === 4 ? nationalDay + 1 : nationalDay - 1;
}

function statutoryHolidays(year: number): Holiday[] {
  const tet = lunarToDayNumber(1, 1, year);
  return [
    { day: dayFromParts(year, 1, 1), reason: 'Tết Dương lịch' },
    // Five Tết days: the last day of the old lunar year and mùng 1 to mùng 4, the usual pattern.
    ...[-1, 0, 1, 2, 3].map((offset) => ({ day: tet + offset, reason: 'Tết Nguyên đán' })),
    { day: lunarToDayNumber(10, 3, year), reason: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { day: dayFromParts(year, 4, 30), reason: 'Ngày Chiến thắng (30/4)' },
    { day: dayFromParts(year, 5, 1), reason: 'Ngày Quốc tế Lao động (01/5)' },
    { day: nationalDayAdjacent(year), reason: 'Quốc khánh (ngày liền kề 02/9)' },
    { day: dayFromParts(year, 9, 2), reason: 'Quốc khánh (02/9)' },
  ].sort((a, b) => a.day - b.day);
}

export function provisionalCalendar(year: number): YearCalendar {
  const holidays = statutoryHolidays(year);
  const off = new Set<DayNumber>(holidays.filter((h) => !isWeekend(h.day)).map((h) => h.day));
  const entries: CalendarEntry[] = holidays
    .filter((h) => !isWeekend(h.day))
    .map((h) => ({ date: fromDayNumber(h.day), kind: 'day_off', reason: h.reason, source: SOURCE_HOLIDAY }));

  // A holiday on Saturday or Sunday is given back on the next working day (Đ111.3),
  // in date order so that two weekend holidays in a row get two successive days.
  for (const holiday of holidays) {
    if (!isWeekend(holiday.day)) continue;
    let day = holiday.day + 1;
    while (isWeekend(day) || off.has(day)) day++;
    off.add(day);
    entries.push({
      date: fromDayNumber(day),
      kind: 'day_off',
      reason: `Nghỉ bù ${holiday.reason} (${formatVietnamese(holiday.day)} trùng ${weekdayName(holiday.day)})`,
      source: SOURCE_COMPENSATORY,
    });
  }
  return calendarFromEntries(year, true, entries);
}
