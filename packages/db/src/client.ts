import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** Either driver's database; transactions have the same shape, so queries take `Db` for both. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type DbKind = 'postgres' | 'pglite';

export interface DbHandle {
  db: Db;
  kind: DbKind;
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export type CreateDbOptions =
  | { url: string; maxConnections?: number }
  /** dataDir undefined = in memory (tests). */
  | { url?: undefined; dataDir?: string };

/** Resolved through the package so it works from source and from a bundled server alike. */
export const migrationsFolder = path.join(
  path.dirname(createRequire(import.meta.url).resolve('@kntc/db/package.json')),
  'migrations',
);

export function createDb(options: CreateDbOptions): DbHandle {
  return options.url !== undefined
    ? createPostgresDb(options.url, options.maxConnections ?? 10)
    : createPgliteDb(options.dataDir);
}

/** Seconds before reconnecting after the `retries`-th failed connection in a row: 0.1, 0.2, 0.4 … 2, with jitter. */
const reconnectDelay = (retries: number) => Math.min(0.05 * 2 ** retries, 2) * (0.5 + Math.random() / 2);

function createPostgresDb(url: string, max: number): DbHandle {
  // A server that does not answer fails the request within connect_timeout (a 503) instead of
  // holding it for postgres.js's default 30 s; lost connections are reopened on the next query.
  // JIT compiles a plan to machine code when its estimated cost is high; for this system's reports and dashboard
  // (at most a few hundred thousand rows) compiling took 0.3–0.4 s of a 1.9 s report at a million letters and saved
  // nothing, so sessions run without it (docs/benchmarks.md, national scale).
  // postgres.js waits before each reconnect, longer with every failed attempt of the pool, up to
  // 20 s: after an outage of a few seconds under load the API went on answering 503 long after
  // the server was back, so the wait is capped at 2 s (reconnectDelay).
  const client = postgres(url, { max, connect_timeout: 10, backoff: reconnectDelay, onnotice: () => {}, connection: { jit: 'off' } });
  const db = drizzlePostgres({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    migrate: () => migratePostgres(drizzlePostgres({ client, casing: 'snake_case' }), { migrationsFolder }),
    ping: () => ping(db),
    close: () => client.end({ timeout: 5 }),
  };
}

function createPgliteDb(dataDir: string | undefined): DbHandle {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite({ ...(dataDir ? { dataDir } : {}), extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    migrate: () => migratePglite(drizzlePglite({ client, casing: 'snake_case' }), { migrationsFolder }),
    ping: () => ping(db),
    close: () => client.close(),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
