import type { SQL } from 'drizzle-orm';
import type { Db } from '../client.js';

/** Rows of a raw query on either driver (postgres.js returns an array, PGlite an object with rows). */
export async function selectRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? result : result.rows;
}
