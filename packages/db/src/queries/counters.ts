import { sql } from 'drizzle-orm';
import type { Db } from '../client.js';
import { counters } from '../schema/counters.js';

/**
 * Issues the next number of a series inside the caller's transaction. The upsert
 * locks the counter row until commit, so concurrent issuers queue instead of
 * colliding, and a rolled-back transaction gives its number back: no gaps, no repeats.
 */
export async function nextNumber(tx: Db, agencyId: string, series: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(counters)
    .values({ agencyId, series, year, value: 1 })
    .onConflictDoUpdate({
      target: [counters.agencyId, counters.series, counters.year],
      set: { value: sql`${counters.value} + 1` },
    })
    .returning({ value: counters.value });
  if (!row) throw new Error('counter upsert returned no row');
  return row.value;
}
