import { publicTrackingStatus, type PublicTrackingStatus } from '@kntc/domain';
import { eq } from 'drizzle-orm';
import type { Db } from '../client.js';
import { cases } from '../schema/cases.js';
import { petitions } from '../schema/petitions.js';

/**
 * A letter's public status by the HMAC of its tracking code: one lookup on the unique index, and
 * only the letter's and its case's status and deadline are read, never who or what. Destroying a
 * letter after its retention period clears the hash, so its code then finds nothing.
 */
export async function findPublicTrackingStatus(db: Db, trackingHash: string): Promise<PublicTrackingStatus | null> {
  const [row] = await db
    .select({ petitionStatus: petitions.status, petitionDueDate: petitions.dueDate, caseStatus: cases.status, caseDueDate: cases.dueDate })
    .from(petitions)
    .leftJoin(cases, eq(cases.petitionId, petitions.id))
    .where(eq(petitions.trackingCodeHash, trackingHash))
    .limit(1);
  return row ? publicTrackingStatus(row) : null;
}
