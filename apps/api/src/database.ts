import { createDb, ensureReferenceData, seedDemo, type DbHandle } from '@kntc/db';
import type { Logger } from 'pino';
import { pgliteDir, shouldSeedDemo, type Env } from './env.js';

/** Opens the database the environment names, migrates it, and seeds demo data where allowed. */
export async function openDatabase(env: Env, log: Logger): Promise<DbHandle> {
  const handle = env.DATABASE_URL ? createDb({ url: env.DATABASE_URL }) : createDb({ dataDir: pgliteDir(env) });
  if (handle.kind === 'pglite') {
    log.warn('Using embedded PGlite: for trying the system only. Set DATABASE_URL to a PostgreSQL server for real use.');
  }
  await handle.migrate();
  await ensureReferenceData(handle.db);
  if (shouldSeedDemo(env)) {
    const summary = await seedDemo(handle.db);
    log.info({ summary }, 'demo data present');
  }
  return handle;
}
