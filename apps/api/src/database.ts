import { createDb, ensureReferenceData, sealUnprotectedDenunciations, seedDemo, type DbHandle } from '@kntc/db';
import type { Logger } from 'pino';
import { pgliteDir, shouldSeedDemo, type Env } from './env.js';
import type { Secrets } from './secrets.js';

/**
 * Opens the database the environment names, migrates it, and seeds demo data where allowed.
 * `secrets` is needed only to seed, as demo denouncers are sealed in the vault.
 */
export async function openDatabase(env: Env, log: Logger, secrets?: Secrets): Promise<DbHandle> {
  const handle = env.DATABASE_URL ? createDb({ url: env.DATABASE_URL }) : createDb({ dataDir: pgliteDir(env) });
  if (handle.kind === 'pglite') {
    log.warn('Using embedded PGlite: for trying the system only. Set DATABASE_URL to a PostgreSQL server for real use.');
  }
  if (env.DATABASE_URL && env.MIGRATION_DATABASE_URL) {
    const owner = createDb({ url: env.MIGRATION_DATABASE_URL, maxConnections: 1 });
    try {
      await owner.migrate();
    } finally {
      await owner.close();
    }
  } else {
    await handle.migrate();
  }
  await ensureReferenceData(handle.db);
  if (secrets) {
    // Denunciations recorded before the identity vault existed are sealed on the first start with a key.
    const sealed = await sealUnprotectedDenunciations(handle.db, secrets.vault);
    if (sealed > 0) log.warn({ sealed }, 'Sealed the senders of denunciations that were stored in clear.');
  }
  if (shouldSeedDemo(env)) {
    if (!secrets) throw new Error('Seeding demo data needs the vault key: pass the loaded secrets.');
    // Demo denouncers are sealed with this installation's vault key, like real ones.
    const summary = await seedDemo(handle.db, { vault: secrets.vault });
    log.info({ summary }, 'demo data present');
  }
  return handle;
}
