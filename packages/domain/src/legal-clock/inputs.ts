import { z } from 'zod';
import { CalendarEntrySchema } from './calendar.js';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.js';


export const CalendarYearSchema = z
  .number({ error: 'Năm phải là số.' })
  .int({ error: 'Năm phải là số nguyên.' })
  .min(LUNAR_MIN_YEAR, { error: `Năm phải từ ${LUNAR_MIN_YEAR} trở đi.` })
  .max(LUNAR_MAX_YEAR, { error: `Năm không được sau ${LUNAR_MAX_YEAR}.` });

/** What an administrator edits for one year: the annotated days off and make-up days. */
export const CalendarYearDataSchema = z.strictObject({
  provisional: z.boolean(),
  entries: z.array(CalendarEntrySchema.strict()).max(60, { error: 'Một năm có tối đa 60 ngày được ghi.' }),
});
export type CalendarYearData = z.output<typeof CalendarYearDataSchema>;

export const CalendarYearCreateSchema = z.strictObject({
  year: CalendarYearSchema,
  /** Absent: start from the default (official seed or provisional by the Labour Code). */
  data: CalendarYearDataSchema.optional(),
});


