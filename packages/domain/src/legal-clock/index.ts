// Public surface of the legal clock. day-number.ts and the counting internals stay private.
export {
  calendarEntryKinds,
  calendarEntryKindLabels,
  CalendarEntrySchema,
  calendarFromEntries,
  WorkCalendarSchema,
  isWorkingDay,
  mergeCalendars,
  type CalendarEntry,
  type CalendarEntryKind,
  type WorkCalendar,
  type YearCalendar,
} from './calendar.js';
export { addCalendarDays, addWorkingDays, MAX_CALENDAR_DAYS, MAX_WORKING_DAYS } from './counting.js';
export { calendarForRange, defaultCalendar, officialCalendarYears, type RangeCalendar } from './default-calendar.js';
export { deadline, type Deadline, type DeadlineInput } from './deadline.js';
export { defaultDeadlineRules } from './default-rules.js';
export { hungKingsDay, lunarNewYear, LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar.js';
export {
  confidenceMarkLabels,
  confidenceMarks,
  deadlineRuleKeyLabels,
  deadlineRuleKeys,
  deadlineUnitLabels,
  deadlineUnits,
  DeadlineRuleSchema,
  DeadlineRuleSetSchema,
  findRuleInForce,
  ruleVersionOf,
  type ConfidenceMark,
  type DeadlineRule,
  type DeadlineRuleKey,
  type DeadlineUnit,
} from './rules.js';
export { deadlineStatusBounds } from './status-bounds.js';
export { latestDueOverdueBy } from './overdue-by.js';
export { CalendarYearCreateSchema, CalendarYearDataSchema, CalendarYearSchema, type CalendarYearData } from './inputs.js';
export { deadlineStatus, deadlineStatusLabels, deadlineStatuses, DUE_SOON_WORKING_DAYS, type DeadlineStatus } from './status.js';
