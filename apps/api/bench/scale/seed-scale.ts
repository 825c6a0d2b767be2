/**
 * `pnpm seed:scale --letters N [--seed S] [--today YYYY-MM-DD]`: drops and recreates the scale
 * database (SCALE_DATABASE_URL, default kntc_scale on the local PostgreSQL), migrates it, seeds
 * the demo data (users, catalogues, calendars) and adds N letters with everything that follows
 * from them (see generate.ts). The same N and seed give the same rows.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_AGENCY_ID, protectedPersonColumns } from '@kntc/db';
import { pseudonym } from '@kntc/domain';
import postgres from 'postgres';
import { createLogger } from '../../src/app.js';
import { openDatabase } from '../../src/database.js';
import { parseEnv } from '../../src/env.js';
import { loadSecrets } from '../../src/secrets.js';
import { freshDatabase } from '../fresh-database.js';
import { generateScale } from './generate.js';
import { argument, defaultToday, scaleDatabaseUrl, scaleSecrets } from './scale-env.js';

const letters = Number(argument('letters', '10000'));
const seed = Number(argument('seed', '1'));
const today = argument('today', defaultToday());

const started = performance.now();
const dataDir = mkdtempSync(path.join(tmpdir(), 'kntc-scale-'));
try {
  // Only a kntc_… database: the URL comes from the environment and the database is dropped.
  await freshDatabase(scaleDatabaseUrl, /^kntc_[a-z0-9_]+$/);
  const env = parseEnv({ ...process.env, DATA_DIR: dataDir, DATABASE_URL: scaleDatabaseUrl, ...scaleSecrets, DEMO_SEED: 'on', LOG_LEVEL: 'warn' });
  const logger = createLogger(env);
  const secrets = loadSecrets(env, logger);
  const handle = await openDatabase(env, logger, secrets);
  await handle.close();
  console.log(`migrated and seeded the demo in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const sql = postgres(scaleDatabaseUrl, { max: 1, onnotice: () => {} });
  try {
    const protect = (personId: string, identity: Parameters<typeof protectedPersonColumns>[2]) => {
      const columns = protectedPersonColumns(secrets.vault, personId, identity, pseudonym('denunciation', 0));
      return { fullName: columns.fullName, searchText: columns.searchText, sealedIdentity: columns.sealedIdentity, idNumberDigest: columns.idNumberDigest };
    };
    const counts = await generateScale(sql, { letters, seed, today, agencyId: DEMO_AGENCY_ID, protect, log: (line) => console.log(line) });
    const [size] = await sql<{ size: string }[]>`select pg_size_pretty(pg_database_size(current_database())) as size`;
    console.log(`\n${JSON.stringify(counts)}\ndatabase ${size?.size ?? '?'}; seed ${seed}, today ${today}; ${((performance.now() - started) / 1000).toFixed(0)} s in all`);
  } finally {
    await sql.end();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
