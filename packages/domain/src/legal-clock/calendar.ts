import { z } from 'zod';
import { vnText } from '../text/vn-text.js';
import { IsoDateSchema, isIsoDate, type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { isWeekend, parseIsoDate, toDayNumber, type DayNumber } from './day-number.js';

export const calendarEntryKinds = ['day_off', 'make_up'] as const;
export type CalendarEntryKind = (typeof calendarEntryKinds)[number];

export const calendarEntryKindLabels: Record<CalendarEntryKind, string> = {
  day_off: 'Ngày nghỉ',
  make_up: 'Ngày làm bù',
};

/** One annotated day of a calendar year: why it is off (or worked), and on whose authority. */
export const CalendarEntrySchema = z.object({
  date: IsoDateSchema,
  kind: z.enum(calendarEntryKinds),
  reason: vnText().min(1, 'Cần ghi lý do.'),
  source: vnText().min(1, 'Cần ghi căn cứ.'),
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;

/**
 * Days off and make-up working days. Saturdays and Sundays are off unless listed in makeUpDays.
 * `entries` is optional: it only supplies the reasons the explanation prints; daysOff and makeUpDays decide.
 */
export interface WorkCalendar {
  readonly daysOff: readonly IsoDate[];
  readonly makeUpDays: readonly IsoDate[];
  readonly entries?: readonly CalendarEntry[];
}

/** A calendar year as stored: official, or provisional when derived from the Labour Code by rule. */
export interface YearCalendar extends WorkCalendar {
  readonly year: number;
  readonly provisional: boolean;
  readonly entries: readonly CalendarEntry[];
}

export const WorkCalendarSchema = z.object({
  daysOff: z.array(IsoDateSchema),
  makeUpDays: z.array(IsoDateSchema),
  entries: z.array(CalendarEntrySchema).optional(),
});

/** Day-number sets of a calendar, so counting does not reparse strings on every day it visits. */
interface CalendarIndex {
  readonly off: ReadonlySet<DayNumber>;
  readonly makeUp: ReadonlySet<DayNumber>;
}

/*
 * Cached per array: a deadline is usually computed many times against the same calendar object.
 * The length is rechecked because the arrays are readonly by type only; replacing an element
 * in place is not supported: build a new calendar object instead.
 */
const setCache = new WeakMap<readonly IsoDate[], { length: number; set: ReadonlySet<DayNumber> }>();

function toDaySet(dates: readonly IsoDate[], field: string): ReadonlySet<DayNumber> {
  const hit = setCache.get(dates);
  if (hit && hit.length === dates.length) return hit.set;
  const set = new Set<DayNumber>();
  for (const date of dates) {
    if (typeof date !== 'string' || !isIsoDate(date)) {
      throw new DomainError('VALIDATION', `Lịch làm việc có ngày không hợp lệ trong ${field}: "${String(date)}".`);
    }
    set.add(toDayNumber(date));
  }
  setCache.set(dates, { length: dates.length, set });
  return set;
}

export function indexCalendar(cal: WorkCalendar): CalendarIndex {
  if (cal == null || !Array.isArray(cal.daysOff) || !Array.isArray(cal.makeUpDays)) {
    throw new DomainError('VALIDATION', 'Lịch làm việc không hợp lệ: cần danh sách ngày nghỉ và ngày làm bù.');
  }
  return { off: toDaySet(cal.daysOff, 'ngày nghỉ'), makeUp: toDaySet(cal.makeUpDays, 'ngày làm bù') };
}

export function isWorkingDayNumber(day: DayNumber, index: CalendarIndex): boolean {
  if (index.makeUp.has(day)) return true;
  return !isWeekend(day) && !index.off.has(day);
}

/** Mon–Fri not in daysOff, or any date in makeUpDays (a make-up Saturday is worked). */
export function isWorkingDay(date: IsoDate, cal: WorkCalendar): boolean {
  return isWorkingDayNumber(parseIsoDate(date, 'Ngày'), indexCalendar(cal));
}

// ISO dates sort correctly as strings.
function sortedUnique(dates: Iterable<IsoDate>): IsoDate[] {
  return [...new Set(dates)].sort();
}

const byDate = (a: CalendarEntry, b: CalendarEntry) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** Union of several calendars (e.g. one per year), so a deadline may cross New Year. */
export function mergeCalendars(...cals: readonly WorkCalendar[]): WorkCalendar & { entries: CalendarEntry[] } {
  const entries = cals.flatMap((c) => c.entries ?? []).sort(byDate);
  return {
    daysOff: sortedUnique(cals.flatMap((c) => c.daysOff)),
    makeUpDays: sortedUnique(cals.flatMap((c) => c.makeUpDays)),
    entries,
  };
}

/**
 * Builds a year's calendar from its annotated entries, which are the single source of truth
 * (the seed data here, or the rows of the calendars table once a year has been edited).
 */
export function calendarFromEntries(year: number, provisional: boolean, entries: readonly CalendarEntry[]): YearCalendar {
  const sorted = [...entries].sort(byDate);
  return Object.freeze({
    year,
    provisional,
    daysOff: Object.freeze(sortedUnique(sorted.filter((e) => e.kind === 'day_off').map((e) => e.date))),
    makeUpDays: Object.freeze(sortedUnique(sorted.filter((e) => e.kind === 'make_up').map((e) => e.date))),
    entries: Object.freeze(sorted.map((e) => Object.freeze({ ...e }))),
  });
}
