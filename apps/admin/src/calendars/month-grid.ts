import { calendarEntryKindLabels, type CalendarEntry } from '@kntc/domain';
import { daysInMonth, toIsoDate, weekdayNames, weekdayOf } from '../legal-clock/civil-date';
import { formatIsoDate } from '../petitions/format';

/** What a day is for counting working days: a listed entry wins over the weekly rest. */
export type DayKind = 'day_off' | 'make_up' | 'weekend' | 'working';

export interface GridDay {
  date: string;
  day: number;
  /** Monday = 0 … Sunday = 6. */
  weekday: number;
  kind: DayKind;
  entry?: Pick<CalendarEntry, 'kind' | 'reason'>;
}

/** One month as rows of seven cells, Monday first; null pads the first and last weeks. */
export interface MonthGrid {
  month: number;
  weeks: (GridDay | null)[][];
}

type EntryLike = Pick<CalendarEntry, 'date' | 'kind' | 'reason'>;

function dayKind(weekday: number, entry: EntryLike | undefined): DayKind {
  if (entry) return entry.kind;
  return weekday >= 5 ? 'weekend' : 'working';
}

export function buildMonthGrid(year: number, month: number, entriesByDate: ReadonlyMap<string, EntryLike>): MonthGrid {
  const cells: (GridDay | null)[] = Array.from({ length: weekdayOf(year, month, 1) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) {
    const date = toIsoDate(year, month, day);
    const weekday = weekdayOf(year, month, day);
    const entry = entriesByDate.get(date);
    cells.push({ date, day, weekday, kind: dayKind(weekday, entry), ...(entry ? { entry: { kind: entry.kind, reason: entry.reason } } : {}) });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (GridDay | null)[][] = [];
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7));
  return { month, weeks };
}

/** The twelve months of a year; entries of other years are ignored. */
export function buildYearGrid(year: number, entries: readonly EntryLike[]): MonthGrid[] {
  const byDate = new Map(entries.map((entry) => [entry.date, entry]));
  return Array.from({ length: 12 }, (_, index) => buildMonthGrid(year, index + 1, byDate));
}

/** What a screen reader announces for a day: "Thứ Hai, 16/02/2026 – Ngày nghỉ: Tết Nguyên đán". */
export function describeDay(day: GridDay): string {
  const when = `${weekdayNames[day.weekday] ?? ''}, ${formatIsoDate(day.date)}`;
  if (day.entry) return `${when} – ${calendarEntryKindLabels[day.entry.kind]}: ${day.entry.reason}`;
  return `${when} – ${day.kind === 'weekend' ? 'Nghỉ hằng tuần' : 'Ngày làm việc'}`;
}
