import { checkTakedownReason, choosePostedUntil, isTakenDownEarly, todayInVietnam, type IsoDate } from '@kntc/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { publications } from '../schema/publications.js';
import { loadClockFor, minimumPostedUntilFor } from './publication-posting.js';
import { bump, caseIdOfPublication, lockPublication, requireState } from './publication-steps.js';
import { recordEvent } from './timeline.js';

type Actor = { agencyId: string; userId: string; today: IsoDate; now: Date };

/**
 * Puts an approved publication on the portal. The posting counts from today in Vietnam and runs
 * at least the legal clock's posting period (15 consecutive days); the approver may choose a
 * later posted-until day, never an earlier one.
 */
export async function publishPublication(db: Db, actor: Actor, params: { id: string; version: number; postedUntil?: IsoDate | undefined }): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockPublication(tx, actor.agencyId, params.id, params.version);
    requireState(row, 'approved', 'Chỉ đăng công khai bản đã được duyệt.');
    const postedFrom = actor.today;
    const minimum = minimumPostedUntilFor(await loadClockFor(tx, [postedFrom]), postedFrom);
    const postedUntil = choosePostedUntil(postedFrom, minimum, params.postedUntil);
    await tx.update(publications).set({ state: 'published', publishedAt: actor.now, postedFrom, postedUntil, ...bump() }).where(eq(publications.id, params.id));
    const caseId = await caseIdOfPublication(tx, params.id);
    if (caseId) {
      await recordEvent(tx, {
        agencyId: actor.agencyId,
        subjectType: 'case',
        subjectId: caseId,
        action: 'publication_publish',
        fromState: 'approved',
        toState: 'published',
        actorId: actor.userId,
        payload: { publicationId: params.id, slug: row.slug, postedFrom, postedUntil, minimumPostedUntil: minimum },
      });
    }
  });
}

/**
 * Gỡ bản công khai: only a published copy, with a reason the public page keeps showing. Taking it
 * down before its minimum posting period is over is allowed, but needs a fuller reason and is
 * recorded as early, so the back office can flag it.
 */
export async function takeDownPublication(db: Db, actor: Actor, params: { id: string; version: number; reason: string }): Promise<void> {
  await db.transaction(async (tx) => {
    const row = await lockPublication(tx, actor.agencyId, params.id, params.version);
    requireState(row, 'published', 'Chỉ gỡ bản đang công khai.');
    // Publications older than the pipeline count from the Vietnamese day they went up (as migration 0016 did).
    const postedFrom = row.postedFrom ?? (row.publishedAt ? todayInVietnam(row.publishedAt) : null);
    const minimum = postedFrom ? minimumPostedUntilFor(await loadClockFor(tx, [postedFrom]), postedFrom) : null;
    const early = minimum !== null && isTakenDownEarly(actor.today, minimum);
    const reason = checkTakedownReason(params.reason, early && minimum ? { minimum } : null);
    await tx
      .update(publications)
      .set({ state: 'taken_down', takedownReason: reason, takenDownAt: actor.now, takenDownBy: actor.userId, ...bump() })
      .where(eq(publications.id, params.id));
    const caseId = await caseIdOfPublication(tx, params.id);
    if (caseId) {
      await recordEvent(tx, {
        agencyId: actor.agencyId,
        subjectType: 'case',
        subjectId: caseId,
        action: 'publication_take_down',
        fromState: 'published',
        toState: 'taken_down',
        actorId: actor.userId,
        note: reason,
        payload: { publicationId: params.id, slug: row.slug, isEarly: early, minimumPostedUntil: minimum },
      });
    }
  });
}
