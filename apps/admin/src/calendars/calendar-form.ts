import { zodResolver } from '@hookform/resolvers/zod';
import { CalendarYearDataSchema, type CalendarEntry } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;

/**
 * The checks the server makes beyond the schema (a date of another year, a date listed twice),
 * made here as well so the message appears before a round trip. Same wording as the API.
 */
export function entryDateProblems(year: number, entries: readonly Partial<Pick<CalendarEntry, 'date'>>[]): Map<number, string> {
  const problems = new Map<number, string>();
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const date = entry.date;
    if (typeof date !== 'string' || date === '') return;
    if (date.slice(0, 4) !== String(year)) problems.set(index, `Ngày phải thuộc năm ${year}.`);
    else if (seen.has(date)) problems.set(index, 'Ngày này đã có trong danh sách.');
    seen.add(date);
  });
  return problems;
}

const yearOf = (values: Record<string, unknown>): number | undefined =>
  typeof values.year === 'number' ? values.year : typeof values.id === 'number' ? values.id : undefined;

/** The shared schema plus the year checks, for the year the form edits. */
export function calendarYearSchemaFor(year: number | undefined): z.ZodObject {
  return CalendarYearDataSchema.superRefine((data, ctx) => {
    if (year === undefined) return;
    for (const [index, message] of entryDateProblems(year, data.entries)) {
      ctx.addIssue({ code: 'custom', path: ['entries', index, 'date'], message });
    }
  });
}

/**
 * Validates a year with the API's own schema; only {provisional, entries} is checked and
 * submitted, whatever else the loaded record carries. Rows keep their order so a server
 * error on "entries.3.date" lands on the fourth row the user sees.
 */
export const calendarResolver: FormResolver = (values, context, options) =>
  zodResolver(calendarYearSchemaFor(yearOf(values)))(pickEditable(CalendarYearDataSchema, values), context, options);

/** A new row: a day off is the usual addition (a holiday moved, a day granted by the Prime Minister). */
export const newEntryDefaults = { kind: 'day_off', reason: '', source: '' } as const;
