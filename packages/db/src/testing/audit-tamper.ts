import postgres from 'postgres';
import { sql } from 'drizzle-orm';
import type { TestDbHandle } from './index.js';

/**
 * Edits the audit log the way an attacker with superuser rights would: triggers switched off for
 * the session (`session_replication_role = replica`), on PostgreSQL over a separate connection.
 * `statement` is raw SQL against audit_log, e.g. `update audit_log set note = 'x' where seq = 3`.
 */
export async function tamperAsSuperuser(handle: TestDbHandle, statement: string): Promise<void> {
  if (handle.kind === 'postgres') {
    if (!handle.url) throw new Error('tamperAsSuperuser needs the test database url');
    const intruder = postgres(handle.url, { max: 1, onnotice: () => {} });
    try {
      await intruder.begin(async (tx) => {
        await tx.unsafe('set local session_replication_role = replica');
        await tx.unsafe(statement);
      });
    } finally {
      await intruder.end();
    }
    return;
  }
  // PGlite has one connection, and its only user is a superuser.
  await handle.db.transaction(async (tx) => {
    await tx.execute(sql.raw('set local session_replication_role = replica'));
    await tx.execute(sql.raw(statement));
  });
}
