import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type DbHandle } from '../client.js';
import { testServerUrl } from './projects.js';

export { testDbProjects, testServerUrl } from './projects.js';

/**
 * Which engine a test file runs on. Vitest projects set KNTC_TEST_DB; PostgreSQL
 * runs only when a server URL is configured (always in CI).
 */
export const testDbKind = (): 'pglite' | 'postgres' =>
  process.env.KNTC_TEST_DB === 'postgres' ? 'postgres' : 'pglite';


/** On PostgreSQL, `url` reaches the throwaway database from another connection or process. */
export type TestDbHandle = DbHandle & { url?: string };

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a throwaway
 * PostgreSQL database created on the server and dropped on close.
 */
export async function createTestDb(): Promise<TestDbHandle> {
  if (testDbKind() === 'pglite') {
    const handle = createDb({});
    await handle.migrate();
    return handle;
  }
  const serverUrl = testServerUrl();
  if (!serverUrl) throw new Error('KNTC_TEST_DB=postgres needs TEST_DATABASE_URL or DATABASE_URL');
  const name = `kntc_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = createDb({ url: url.toString(), maxConnections: 10 });
  await handle.migrate();
  return {
    ...handle,
    url: url.toString(),
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export { testVaultKeyring } from '../vault/test-keys.js';
export { tamperAsSuperuser } from './audit-tamper.js';
