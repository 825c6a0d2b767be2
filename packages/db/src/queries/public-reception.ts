import { shiftDate, type IsoDate, type ReceptionSessionKind } from '@kntc/domain';
import { and, asc, gte, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { receptionSessions, regularReceptionHours } from '../schema/reception.js';

/** How far back the public schedule reaches, so a citizen can still see a recent session. */
export const PAST_SESSIONS_DAYS = 60;

export type PublicReceptionSchedule = {
  regular: { place: string; days: string; hours: string; note: string | null }[];
  sessions: {
    date: IsoDate;
    startTime: string;
    endTime: string;
    place: string;
    hostName: string;
    hostTitle: string;
    kind: ReceptionSessionKind;
    note: string | null;
    /** A published session called off stays listed, marked cancelled, with the reason given to the public. */
    isCancelled: boolean;
    cancelReason: string | null;
  }[];
  /** When anything shown last changed, for "cập nhật lần cuối"; null when nothing is published. */
  updatedAt: string | null;
};

/** 'HH:MM' from PostgreSQL's 'HH:MM:SS'. */
const hhmm = (time: string) => time.slice(0, 5);

/**
 * The reception place and hours and the head's published sessions (Luật TCD Đ24.2): upcoming ones
 * and those of the last 60 days. Unpublished sessions and the host's account never leave here; a
 * published session later cancelled is shown as cancelled, so a citizen does not come in vain.
 */
export async function getPublicReceptionSchedule(db: Db, today: IsoDate): Promise<PublicReceptionSchedule> {
  const [regular, sessions] = await Promise.all([
    db
      .select({ place: regularReceptionHours.place, days: regularReceptionHours.days, hours: regularReceptionHours.hours, note: regularReceptionHours.note, updatedAt: regularReceptionHours.updatedAt })
      .from(regularReceptionHours)
      .orderBy(asc(regularReceptionHours.sortOrder), asc(regularReceptionHours.place), asc(regularReceptionHours.id)),
    db
      .select({
        date: receptionSessions.date,
        startTime: sql<string>`${receptionSessions.startTime}::text`,
        endTime: sql<string>`${receptionSessions.endTime}::text`,
        place: receptionSessions.place,
        hostName: receptionSessions.hostName,
        hostTitle: receptionSessions.hostTitle,
        kind: receptionSessions.kind,
        note: receptionSessions.note,
        cancelledAt: receptionSessions.cancelledAt,
        cancelReason: receptionSessions.cancelReason,
        updatedAt: receptionSessions.updatedAt,
      })
      .from(receptionSessions)
      .where(and(isNotNull(receptionSessions.publishedAt), gte(receptionSessions.date, shiftDate(today, -PAST_SESSIONS_DAYS))))
      .orderBy(asc(receptionSessions.date), asc(receptionSessions.startTime), asc(receptionSessions.id)),
  ]);
  const stamps = [...regular, ...sessions].map((r) => r.updatedAt.getTime());
  return {
    regular: regular.map(({ updatedAt: _u, ...r }) => r),
    sessions: sessions.map(({ updatedAt: _u, cancelledAt, cancelReason, ...s }) => ({
      ...s,
      startTime: hhmm(s.startTime),
      endTime: hhmm(s.endTime),
      isCancelled: cancelledAt !== null,
      cancelReason: cancelledAt !== null ? cancelReason : null,
    })),
    updatedAt: stamps.length > 0 ? new Date(Math.max(...stamps)).toISOString() : null,
  };
}
