import type { RouterOutputs } from '@kntc/api/client';
import { z } from 'zod';

const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const TimeSchema = z.string().regex(/^\d{2}:\d{2}(:\d{2})?$/);

export const receptionSessionKinds = ['periodic', 'ad_hoc'] as const;
export type ReceptionSessionKind = (typeof receptionSessionKinds)[number];

/** What the site accepts from `public.receptionSchedule`. */
export const ReceptionScheduleSchema = z.object({
  regular: z.array(
    z.object({ place: z.string(), days: z.string(), hours: z.string(), note: z.string().nullable() }),
  ),
  sessions: z.array(
    z.object({
      date: IsoDateSchema,
      startTime: TimeSchema,
      endTime: TimeSchema.nullable(),
      place: z.string(),
      hostName: z.string(),
      hostTitle: z.string(),
      kind: z.enum(receptionSessionKinds),
      note: z.string().nullable(),
      /** A published session called off stays listed, with the public reason, so nobody comes in vain. */
      isCancelled: z.boolean().default(false),
      cancelReason: z.string().nullable().default(null),
    }),
  ),
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ReceptionSchedule = z.output<typeof ReceptionScheduleSchema>;
export type ReceptionSession = ReceptionSchedule['sessions'][number];

/** Luật Tiếp công dân Đ2.1, Đ18: the head's periodic day and ad hoc sessions. */
export const receptionSessionKindLabels: Record<ReceptionSessionKind, string> = {
  periodic: 'Tiếp công dân định kỳ',
  ad_hoc: 'Tiếp công dân đột xuất',
};

/** The head's schedule is published at least this many working days ahead (Luật TCD Đ24.4). */
export const RECEPTION_NOTICE_WORKING_DAYS = 5;

/** "08:00:00" → "08:00"; a session with an end shows "08:00–11:30". */
export function formatTimeRange(start: string, end: string | null): string {
  const hm = (t: string) => t.slice(0, 5);
  return end ? `${hm(start)}–${hm(end)}` : `từ ${hm(start)}`;
}

/**
 * Splits sessions around today (a Vietnamese calendar day): upcoming ones soonest first,
 * then past ones most recent first, at most `recentCount` of them.
 */
export function splitSessions(
  sessions: readonly ReceptionSession[],
  today: string,
  recentCount = 6,
): { upcoming: ReceptionSession[]; recent: ReceptionSession[] } {
  const key = (s: ReceptionSession) => `${s.date} ${s.startTime}`;
  const upcoming = sessions.filter((s) => s.date >= today).sort((a, b) => key(a).localeCompare(key(b)));
  const recent = sessions
    .filter((s) => s.date < today)
    .sort((a, b) => key(b).localeCompare(key(a)))
    .slice(0, recentCount);
  return { upcoming, recent };
}

type Assert<T extends true> = T;
/** Compile-time guard: the router provides every field the schema requires. */
export type _RouterFitsReceptionSchema = Assert<RouterOutputs['public']['receptionSchedule'] extends ReceptionSchedule ? true : false>;
