import {
  CalendarYearCreateSchema,
  CalendarYearDataSchema,
  CalendarYearSchema,
  defaultCalendar,
  DeadlineRuleSchema,
  IdSchema,
  PaginationSchema,
  SortOrderSchema,
  VersionSchema,
} from '@kntc/domain';
import {
  findDeadlineRuleRows,
  getCalendarYear,
  getDeadlineRuleRow,
  listCalendarYears,
  listDeadlineRecalculations,
  listDeadlineRuleRows,
  recomputeOpenPetitionDeadlines,
  saveCalendarYear,
  saveDeadlineRule,
  type Db,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { can, signedInProcedure } from '../trpc.js';

/** Everyone signed in reads the calendar and the rules: they explain every due date on screen. */
const reader = signedInProcedure;
const editor = can('legalClock.write');

/** These tables are small: lists return every row, and react-admin's paging params are accepted but not needed. */
const ListAllSchema = z.strictObject({
  pagination: PaginationSchema.optional(),
  sort: z.strictObject({ field: z.string().max(50), order: SortOrderSchema }).optional(),
  filter: z.strictObject({}).optional(),
});

/** A calendar change can move deadlines that started up to a few months before the year. */
const recomputeForYear = (year: number, userId: string) => (tx: Db, reason: string) =>
  recomputeOpenPetitionDeadlines(tx, { reason, userId, receivedFrom: `${year - 1}-09-01`, receivedTo: `${year}-12-31` });

const recomputeAll = (userId: string) => (tx: Db, reason: string) => recomputeOpenPetitionDeadlines(tx, { reason, userId });

/** Lịch làm việc: one record per year, id = the year. */
export const calendarsRouter = {
  list: reader.input(ListAllSchema.optional()).query(async ({ ctx }) => {
    const data = await listCalendarYears(ctx.db);
    return { data, total: data.length };
  }),
  getOne: reader
    .input(z.strictObject({ id: CalendarYearSchema }))
    .query(({ ctx, input }) => getCalendarYear(ctx.db, input.id)),
  /** The default for a year (official seed or provisional by rule), to start from or compare with. */
  defaultFor: reader.input(z.strictObject({ year: CalendarYearSchema })).query(({ input }) => {
    const cal = defaultCalendar(input.year);
    return { year: cal.year, provisional: cal.provisional, entries: [...cal.entries] };
  }),
  create: editor.input(CalendarYearCreateSchema).mutation(({ ctx, input }) => {
    const data = input.data ?? { provisional: defaultCalendar(input.year).provisional, entries: [...defaultCalendar(input.year).entries] };
    return saveCalendarYear(ctx.db, { year: input.year, ...data, userId: ctx.user.id, recompute: recomputeForYear(input.year, ctx.user.id) });
  }),
  update: editor
    .input(z.strictObject({ id: CalendarYearSchema, version: VersionSchema, data: CalendarYearDataSchema }))
    .mutation(({ ctx, input }) =>
      saveCalendarYear(ctx.db, {
        year: input.id,
        version: input.version,
        ...input.data,
        userId: ctx.user.id,
        recompute: recomputeForYear(input.id, ctx.user.id),
      }),
    ),
} satisfies TRPCRouterRecord;

/** Quy tắc thời hạn: versions of each statutory deadline. */
export const deadlineRulesRouter = {
  list: reader.input(ListAllSchema.optional()).query(async ({ ctx }) => {
    const data = await listDeadlineRuleRows(ctx.db);
    return { data, total: data.length };
  }),
  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getDeadlineRuleRow(ctx.db, input.id)),
  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findDeadlineRuleRows(ctx.db, input.ids)),
  create: editor
    .input(DeadlineRuleSchema)
    .mutation(({ ctx, input }) => saveDeadlineRule(ctx.db, { rule: input, userId: ctx.user.id, recompute: recomputeAll(ctx.user.id) })),
  update: editor
    .input(z.strictObject({ id: IdSchema, version: VersionSchema, data: DeadlineRuleSchema }))
    .mutation(({ ctx, input }) =>
      saveDeadlineRule(ctx.db, { id: input.id, version: input.version, rule: input.data, userId: ctx.user.id, recompute: recomputeAll(ctx.user.id) }),
    ),
} satisfies TRPCRouterRecord;

/** The record of every time edited data moved running deadlines. */
export const deadlineRecalculationsRouter = {
  list: reader.input(ListAllSchema.optional()).query(async ({ ctx }) => {
    const data = await listDeadlineRecalculations(ctx.db);
    return { data, total: data.length };
  }),
} satisfies TRPCRouterRecord;
