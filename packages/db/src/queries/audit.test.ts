import { asc, count, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../schema/audit.js';
import { createTestDb, tamperAsSuperuser, testDbKind, type TestDbHandle } from '../testing/index.js';
import { appendAudit } from './audit.js';
import { AUDIT_GENESIS_HASH, canonicalJson, recordDigest } from './audit-hash.js';
import { findAuditEntries, streamAuditEntries } from './audit-list.js';
import { verifyAuditChain } from './audit-verify.js';

let handle: TestDbHandle;
const agencyId = '00000000-0000-4000-8000-000000000001';

const append = (action: string, extra: Partial<Parameters<typeof appendAudit>[1]> = {}) =>
  appendAudit(handle.db, { at: new Date(), action, agencyId, ...extra });

const errorOf = (p: Promise<unknown>) =>
  p.then(
    () => 'no error',
    (e: unknown) => {
      const cause = (e as { cause?: { message?: string } }).cause;
      return String(cause?.message ?? (e as Error).message);
    },
  );

beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(async () => {
  await handle.close();
});

describe('canonical digests', () => {
  it('ignore key order and render dates as ISO strings', () => {
    const at = new Date('2026-03-01T02:03:04.005Z');
    expect(canonicalJson({ b: 1, a: { d: at, c: null } })).toBe('{"a":{"c":null,"d":"2026-03-01T02:03:04.005Z"},"b":1}');
    expect(recordDigest({ a: 1, b: 2 })).toBe(recordDigest({ b: 2, a: 1 }));
    expect(recordDigest({ a: 1 })).not.toBe(recordDigest({ a: 2 }));
    expect(recordDigest(null)).toBeNull();
  });
});

describe('the audit chain', () => {
  it('links each row to the one before, starting from the genesis hash', async () => {
    const first = await append('test.first', { note: 'một ghi chú' });
    const second = await append('test.second');
    expect(first.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.seq).toBeGreaterThan(first.seq);
    const result = await verifyAuditChain(handle.db);
    expect(result).toEqual({ verified: 2, head: { seq: second.seq, hash: second.hash }, broken: null });
  });

  it('gives one unbroken chain when 20 transactions append at once', async () => {
    const before = (await verifyAuditChain(handle.db)).verified;
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        handle.db.transaction(async (tx) => {
          // Work before the append keeps the transactions overlapping on PostgreSQL (PGlite runs them one by one).
          if (handle.kind === 'postgres') await tx.execute(sql`select pg_sleep(0.01)`);
          await appendAudit(tx, { at: new Date(), action: `test.concurrent`, agencyId, note: String(i) });
        }),
      ),
    );
    const rows = await handle.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const prevs = new Set(rows.map((r) => r.prevHash));
    expect(prevs.size).toBe(rows.length);
    const result = await verifyAuditChain(handle.db, { batchSize: 7 });
    expect(result.broken).toBeNull();
    expect(result.verified).toBe(before + 20);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application connection', async () => {
    expect(await errorOf(handle.db.execute(sql`update audit_log set note = 'đã sửa'`))).toMatch(/append-only: UPDATE/);
    expect(await errorOf(handle.db.execute(sql`delete from audit_log where seq = 1`))).toMatch(/append-only: DELETE/);
    expect(await errorOf(handle.db.execute(sql`truncate audit_log`))).toMatch(/append-only: TRUNCATE/);
    const [row] = await handle.db.select({ n: count() }).from(auditLog);
    expect(row?.n).toBe(22);
  });

  it('rolls the audit row back with the transaction it belongs to', async () => {
    const before = (await verifyAuditChain(handle.db)).verified;
    await expect(
      handle.db.transaction(async (tx) => {
        await appendAudit(tx, { at: new Date(), action: 'test.rolled_back', agencyId });
        throw new Error('the write failed');
      }),
    ).rejects.toThrow('the write failed');
    const after = await append('test.after_rollback');
    const result = await verifyAuditChain(handle.db);
    expect(result.broken).toBeNull();
    expect(result.verified).toBe(before + 1);
    expect(result.head?.seq).toBe(after.seq);
  });

  it('checks a head recorded outside the database', async () => {
    const head = (await verifyAuditChain(handle.db)).head;
    if (!head) throw new Error('no head');
    expect((await verifyAuditChain(handle.db, { anchor: head })).broken).toBeNull();
    const wrong = await verifyAuditChain(handle.db, { anchor: { seq: head.seq, hash: AUDIT_GENESIS_HASH } });
    expect(wrong.broken).toMatchObject({ seq: head.seq, reason: 'anchor' });
    const missing = await verifyAuditChain(handle.db, { anchor: { seq: head.seq + 1000, hash: head.hash } });
    expect(missing.broken).toMatchObject({ seq: head.seq + 1000, reason: 'anchor' });
  });

  it('lists newest first with filters, and exports in batches up to a limit', async () => {
    const page = await findAuditEntries(handle.db, { agencyId, filter: { action: 'test' }, page: 1, perPage: 5 });
    expect(page.total).toBe(23);
    expect(page.data.map((r) => r.seq)).toEqual([...page.data.map((r) => r.seq)].sort((a, b) => b - a));
    const concurrent = await findAuditEntries(handle.db, { agencyId, filter: { action: 'test.concurrent' }, page: 1, perPage: 50 });
    expect(concurrent.total).toBe(20);
    const otherAgency = await findAuditEntries(handle.db, { agencyId: '00000000-0000-4000-8000-000000000002', filter: {}, page: 1, perPage: 5 });
    expect(otherAgency.total).toBe(0);

    const stream = streamAuditEntries(handle.db, { agencyId, filter: {}, limit: 10, batchSize: 3 });
    const seen: number[] = [];
    let next = await stream.next();
    while (!next.done) {
      seen.push(...next.value.map((r) => r.seq));
      next = await stream.next();
    }
    expect(seen).toHaveLength(10);
    expect(next.value).toEqual({ truncated: true });
  });
});

describe('tampering', () => {
  it('is found at the edited row when a superuser changes its content', async () => {
    const rows = await handle.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const target = rows[5];
    if (!target) throw new Error('not enough rows');
    await tamperAsSuperuser(handle, `update audit_log set note = 'sửa lén' where seq = ${target.seq}`);
    const result = await verifyAuditChain(handle.db, { batchSize: 4 });
    expect(result.broken).toMatchObject({ seq: target.seq, reason: 'content' });
    expect(result.verified).toBe(5);
    expect(result.broken?.message).toContain(`dòng ${target.seq}`);
  });

  it('is found at the next row when a superuser deletes a row', async () => {
    const rows = await handle.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    const [deleted, next] = [rows[2], rows[3]];
    if (!deleted || !next) throw new Error('not enough rows');
    await tamperAsSuperuser(handle, `delete from audit_log where seq = ${deleted.seq}`);
    const result = await verifyAuditChain(handle.db);
    expect(result.broken).toMatchObject({ seq: next.seq, reason: 'link' });
  });

  it.runIf(testDbKind() === 'postgres')('cannot be done by an application role holding only INSERT and SELECT', async () => {
    const role = `kntc_audit_app_${Date.now()}`;
    await handle.db.execute(sql.raw(`create role ${role}`));
    try {
      await handle.db.execute(sql.raw(`grant insert, select on audit_log to ${role}`));
      const attempt = handle.db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local role ${role}`));
        await tx.execute(sql`update audit_log set note = 'x'`);
      });
      expect(await errorOf(attempt)).toMatch(/permission denied/);
    } finally {
      await handle.db.execute(sql.raw(`revoke all on audit_log from ${role}`));
      await handle.db.execute(sql.raw(`drop role ${role}`));
    }
  });
});
