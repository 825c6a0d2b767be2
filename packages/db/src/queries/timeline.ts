import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { users } from '../schema/users.js';
import { timelineEvents, type timelineSubjects } from '../schema/timeline.js';

export type TimelineSubject = (typeof timelineSubjects)[number];

export type TimelineEventInput = {
  agencyId: string;
  subjectType: TimelineSubject;
  subjectId: string;
  action: string;
  fromState?: string | null;
  toState?: string | null;
  actorId: string | null;
  note?: string | null;
  payload?: Record<string, unknown>;
};

/** Appends one event; call it inside the transaction of the action it records. */
export async function recordEvent(tx: Db, event: TimelineEventInput): Promise<void> {
  await tx.insert(timelineEvents).values({
    ...event,
    fromState: event.fromState ?? null,
    toState: event.toState ?? null,
    note: event.note ?? null,
    payload: event.payload ?? {},
  });
}

export async function findTimeline(db: Db, params: { agencyId: string; subjectType: TimelineSubject; subjectId: string }) {
  const rows = await db
    .select({
      id: timelineEvents.id,
      action: timelineEvents.action,
      fromState: timelineEvents.fromState,
      toState: timelineEvents.toState,
      note: timelineEvents.note,
      payload: timelineEvents.payload,
      at: timelineEvents.at,
      actorName: users.fullName,
    })
    .from(timelineEvents)
    .leftJoin(users, eq(users.id, timelineEvents.actorId))
    .where(
      and(
        eq(timelineEvents.agencyId, params.agencyId),
        eq(timelineEvents.subjectType, params.subjectType),
        eq(timelineEvents.subjectId, params.subjectId),
      ),
    )
    .orderBy(asc(timelineEvents.at), asc(timelineEvents.id));
  return rows.map((r) => ({ ...r, at: r.at.toISOString() }));
}
