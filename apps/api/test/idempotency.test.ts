import { schema, pruneIdempotencyKeys, seedDemo, selectRows } from '@kntc/db';
import { createTestDb, testDbKind, type TestDbHandle } from '@kntc/db/testing';
import { randomUUID } from 'node:crypto';
import { count, eq, sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { dataOf, signedInCookie, trpcQuery } from './support/auth-http.js';

const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PGLITE_DIR: ':memory:' });
let handle: TestDbHandle;
let app: FastifyInstance;
let officer = '';
let head = '';

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, env);
  officer = await signedInCookie(app, 'thanhtravien');
  head = await signedInCookie(app, 'chanhthanhtra');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const send = (cookie: string, path: string, input: unknown, key?: string) =>
  app.inject({
    method: 'POST',
    url: `/trpc/${path}`,
    headers: { cookie, 'content-type': 'application/json', ...(key === undefined ? {} : { 'idempotency-key': key }) },
    payload: JSON.stringify(input),
  });

/** A letter whose summary no other test uses, so counting it counts this test's effects. */
const letter = (summary: string) => ({
  receivedDate: '2026-11-25',
  channel: 'post',
  kind: 'complaint',
  sender: { fullName: 'Mai Văn Gửi Lại', address: 'Xã Đăk Ruồng, huyện Kon Rẫy' },
  summary,
  content: 'Nội dung đơn.',
});

const lettersWith = async (summary: string) =>
  (await handle.db.select({ n: count() }).from(schema.petitions).where(eq(schema.petitions.summary, summary)))[0]?.n;

const auditRows = async (action: string) =>
  (await handle.db.select({ n: count() }).from(schema.auditLog).where(eq(schema.auditLog.action, action)))[0]?.n ?? 0;

type Petition = { id: string; version: number; receiptNumber: string | null; status: string };

describe('Idempotency-Key on intake', () => {
  it('the same letter sent twice with one key is registered once and answered identically', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại gửi lại do mất kết nối');
    const auditBefore = await auditRows('petitions.create');
    const first = await send(officer, 'petitions.create', body, key);
    const again = await send(officer, 'petitions.create', body, key);
    const created = dataOf<Petition>(first);
    expect(created.receiptNumber).toMatch(/^\d+\/2026$/);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    expect(await lettersWith(body.summary)).toBe(1);
    expect(await auditRows('petitions.create')).toBe(auditBefore + 1);
  });

  it('the same input in another key order is the same request', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại gửi lại với thứ tự trường khác');
    const first = await send(officer, 'petitions.create', body, key);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await send(officer, 'petitions.create', reordered, key);
    expect(again.body).toBe(first.body);
    expect(await lettersWith(body.summary)).toBe(1);
  });

  it('eight identical requests at once with one key have one effect and one answer', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại gửi tám lần cùng lúc');
    const answers = await Promise.all(Array.from({ length: 8 }, () => send(officer, 'petitions.create', body, key)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(8).fill(200));
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(await lettersWith(body.summary)).toBe(1);
  });

  it('refuses the same key with another letter (422, in Vietnamese) and registers nothing more', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại thứ nhất cùng khóa');
    dataOf(await send(officer, 'petitions.create', body, key));
    const other = await send(officer, 'petitions.create', { ...body, summary: 'Khiếu nại thứ hai cùng khóa' }, key);
    expect(other.statusCode).toBe(422);
    expect(other.json().error.message).toContain('Khóa chống gửi trùng (Idempotency-Key) này đã được dùng cho một thao tác khác');
    expect(await lettersWith('Khiếu nại thứ hai cùng khóa')).toBe(0);
    const elsewhere = await send(officer, 'petitions.register', { id: randomUUID(), version: 1 }, key);
    expect(elsewhere.statusCode).toBe(422);
  });

  it('keeps keys apart per official: another official with the same key files their own letter', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại của hai cán bộ cùng khóa');
    const mine = dataOf<Petition>(await send(officer, 'petitions.create', body, key));
    const theirs = dataOf<Petition>(await send(head, 'petitions.create', body, key));
    expect(theirs.id).not.toBe(mine.id);
    expect(await lettersWith(body.summary)).toBe(2);
  });

  it('without a key every request runs, as before', async () => {
    const body = letter('Khiếu nại gửi hai lần không có khóa');
    const first = dataOf<Petition>(await send(officer, 'petitions.create', body));
    const second = dataOf<Petition>(await send(officer, 'petitions.create', body));
    expect(second.receiptNumber).not.toBe(first.receiptNumber);
    expect(await lettersWith(body.summary)).toBe(2);
  });

  it('a failed request leaves no key behind: sent again with the key, it runs', async () => {
    const key = randomUUID();
    const stale = await send(officer, 'petitions.register', { id: randomUUID(), version: 1 }, key);
    expect(stale.statusCode).toBe(404);
    const rows = await handle.db.select().from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, key));
    expect(rows).toEqual([]);
    const body = letter('Khiếu nại sau một lần thất bại');
    // The failed call did not claim the key, so it is free for this request.
    dataOf(await send(officer, 'petitions.create', body, key));
    expect(await lettersWith(body.summary)).toBe(1);
  });

  it('refuses a malformed key and a key on a batch of several calls with 400', async () => {
    for (const malformed of ['khoa co khoang trang', 'a'.repeat(201), '']) {
      const bad = await send(officer, 'petitions.create', letter('Khóa sai định dạng'), malformed);
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.json().error.message).toContain('Khóa chống gửi trùng (Idempotency-Key) không hợp lệ');
    }
    expect(await lettersWith('Khóa sai định dạng')).toBe(0);
    const batch = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.create,petitions.create?batch=1',
      headers: { cookie: officer, 'content-type': 'application/json', 'idempotency-key': randomUUID() },
      payload: JSON.stringify({ 0: letter('Lô hai đơn một khóa'), 1: letter('Lô hai đơn một khóa') }),
    });
    expect(batch.statusCode).toBe(400);
    expect(await lettersWith('Lô hai đơn một khóa')).toBe(0);
    // A batch of one carries its key: that is how the back office sends its mutations.
    const one = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.create?batch=1',
      headers: { cookie: officer, 'content-type': 'application/json', 'idempotency-key': 'lo-mot-don' },
      payload: JSON.stringify({ 0: letter('Lô một đơn một khóa') }),
    });
    expect(one.statusCode).toBe(200);
    const oneAgain = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.create?batch=1',
      headers: { cookie: officer, 'content-type': 'application/json', 'idempotency-key': 'lo-mot-don' },
      payload: JSON.stringify({ 0: letter('Lô một đơn một khóa') }),
    });
    expect(oneAgain.body).toBe(one.body);
    expect(await lettersWith('Lô một đơn một khóa')).toBe(1);
  });

  it('an expired key is taken over by a new request, and pruning deletes expired keys', async () => {
    const key = randomUUID();
    const body = letter('Khiếu nại gửi lại sau hai ngày');
    dataOf(await send(officer, 'petitions.create', body, key));
    await handle.db.execute(sql`update idempotency_keys set created_at = created_at - interval '25 hours' where key = ${key}`);
    dataOf(await send(officer, 'petitions.create', body, key));
    expect(await lettersWith(body.summary)).toBe(2);
    await handle.db.execute(sql`update idempotency_keys set created_at = created_at - interval '25 hours' where key = ${key}`);
    expect(await pruneIdempotencyKeys(handle.db, new Date())).toBeGreaterThanOrEqual(1);
    expect(await handle.db.select().from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, key))).toEqual([]);
  });
});

describe('Idempotency-Key on a receipt', () => {
  it('a reprint sent again gives the same tracking code once, and the stored answer never holds it in clear', async () => {
    const p = dataOf<Petition>(await send(officer, 'petitions.create', letter('Khiếu nại in giấy biên nhận hai lần')));
    const key = randomUUID();
    const first = await send(officer, 'petitions.issueReceipt', { id: p.id, version: p.version }, key);
    const { trackingCode, document } = dataOf<{ trackingCode: string; document: { id: string; number: string } }>(first);
    const again = await send(officer, 'petitions.issueReceipt', { id: p.id, version: p.version }, key);
    expect(again.body).toBe(first.body);
    const documents = dataOf<{ id: string }[]>(await trpcQuery(app, officer, 'documents.list', { subjectType: 'petition', subjectId: p.id }));
    expect(documents.map((d) => d.id)).toEqual([document.id]);
    const [row] = await handle.db.select().from(schema.idempotencyKeys).where(eq(schema.idempotencyKeys.key, key));
    expect(row?.response).toBeInstanceOf(Buffer);
    for (const encoding of ['utf8', 'latin1', 'hex', 'base64'] as const) {
      expect(row?.response?.toString(encoding)).not.toContain(trackingCode);
    }
    expect(row?.response?.toString('utf8')).not.toContain(document.number);
  });
});

/** A letter of this test's own, proposed for guidance and waiting for the unit head's approval. */
async function pendingApproval(summary: string): Promise<Petition> {
  let p = dataOf<Petition>(await send(officer, 'petitions.create', letter(summary)));
  p = dataOf<Petition>(await send(officer, 'petitions.classify', { id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'outside' } }));
  return dataOf<Petition>(await send(officer, 'petitions.propose', { id: p.id, version: p.version, outcome: 'guide', target: 'Chủ tịch UBND huyện Kon Rẫy' }));
}

describe('Idempotency-Key on a workflow step', () => {
  it('an approval sent again with its key gives one timeline event, one document and the first answer', async () => {
    const p = await pendingApproval('Khiếu nại chờ duyệt, bấm duyệt hai lần');
    const key = randomUUID();
    const first = await send(head, 'petitions.approve', { id: p.id, version: p.version }, key);
    expect(dataOf<Petition>(first).status).toBe('guided');
    // Without the key this would be a stale version (409); with it, the first answer comes back.
    const again = await send(head, 'petitions.approve', { id: p.id, version: p.version }, key);
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(first.body);
    const timeline = dataOf<{ action: string }[]>(await trpcQuery(app, officer, 'petitions.timeline', { id: p.id }));
    expect(timeline.filter((e) => e.action === 'approve')).toHaveLength(1);
    const documents = dataOf<{ number: string }[]>(await trpcQuery(app, officer, 'documents.list', { subjectType: 'petition', subjectId: p.id }));
    expect(documents).toHaveLength(1);
    expect(documents[0]?.number).toMatch(/^\d+\//);
  });
});

// PGlite runs one transaction at a time, so only PostgreSQL can deadlock.
describe.runIf(testDbKind() === 'postgres')('retry after a deadlock, on PostgreSQL', () => {
  it('a classification caught in a real deadlock is retried and succeeds once', async () => {
    const p = dataOf<Petition>(await send(officer, 'petitions.create', letter('Khiếu nại bị kẹt trong vòng khóa')));
    const url = handle.url;
    if (!url) throw new Error('the PostgreSQL test database has no url');
    const other = postgres(url, { max: 1, onnotice: () => {} });
    const auditBefore = await auditRows('petitions.classify');
    let answer: Promise<LightMyRequestResponse> | undefined;
    try {
      await other.begin(async (tx) => {
        // This side waits long before checking for a deadlock, so PostgreSQL aborts the API's transaction instead.
        await tx`set local deadlock_timeout = '60s'`;
        // Hold the audit append lock every mutation takes last, after its own writes.
        await tx`select pg_advisory_xact_lock(hashtextextended('kntc.audit_log', 0))`;
        answer = send(officer, 'petitions.classify', { id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } });
        const [self] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
        // The API's transaction has updated the letter and now waits for the audit lock this side holds.
        let blockedBy: number[] = [];
        for (let i = 0; blockedBy.length === 0; i++) {
          if (i > 2000) throw new Error('the API never waited for the audit lock');
          await new Promise((r) => setTimeout(r, 5));
          const waiting = await tx<{ blockedBy: number[] }[]>`select pg_blocking_pids(pid) as "blockedBy" from pg_locks where locktype = 'advisory' and not granted`;
          blockedBy = waiting[0]?.blockedBy ?? [];
        }
        expect(blockedBy).toEqual([self?.pid]);
        const rowLock = await selectRows(handle.db, sql`select id from petitions where id = ${p.id} for update nowait`).then(
          () => 'free',
          (e: unknown) => (e as { cause?: { code?: string } }).cause?.code,
        );
        expect(rowLock).toBe('55P03');
        // Asking for the letter's row closes the cycle; this returns once the API's transaction is aborted.
        await tx`select id from petitions where id = ${p.id} for update`;
      });
      if (!answer) throw new Error('no request sent');
      const classified = dataOf<Petition>(await answer);
      expect(classified.status).toBe('classified');
      expect(classified.version).toBe(p.version + 1);
      expect(await auditRows('petitions.classify')).toBe(auditBefore + 1);
      const timeline = dataOf<{ action: string }[]>(await trpcQuery(app, officer, 'petitions.timeline', { id: p.id }));
      expect(timeline.filter((e) => e.action === 'classify')).toHaveLength(1);
    } finally {
      await answer?.catch(() => undefined);
      await other.end();
    }
  });

  it('a deadlock inside the procedure, with its key claimed, rolls both back and the retry claims the key again', async () => {
    const p = dataOf<Petition>(await send(officer, 'petitions.create', letter('Khiếu nại kẹt khóa khi đang giữ khóa chống gửi trùng')));
    const [me] = await handle.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, 'thanhtravien'));
    const url = handle.url;
    if (!url || !me) throw new Error('missing test fixtures');
    const key = randomUUID();
    const other = postgres(url, { max: 1, onnotice: () => {} });
    let answer: Promise<LightMyRequestResponse> | undefined;
    class RollBack extends Error {}
    try {
      await other
        .begin(async (tx) => {
          await tx`set local deadlock_timeout = '60s'`;
          await tx`select id from petitions where id = ${p.id} for update`;
          const [self] = await tx<{ pid: number }[]>`select pg_backend_pid() as pid`;
          answer = send(officer, 'petitions.classify', { id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } }, key);
          // The API has claimed the key (its row is uncommitted) and waits for the letter this side holds.
          for (let i = 0; ; i++) {
            if (i > 2000) throw new Error('the API never waited for the letter');
            await new Promise((r) => setTimeout(r, 5));
            const [row] = await tx<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where ${self?.pid ?? 0} = any(pg_blocking_pids(pid))`;
            if (row && row.n > 0) break;
          }
          // Taking the same key closes the cycle; it goes through once the API's transaction is aborted.
          await tx`insert into idempotency_keys (actor_id, key, path, input_hash, created_at) values (${me.id}, ${key}, 'petitions.classify', 'x', now())`;
          throw new RollBack();
        })
        .catch((e: unknown) => {
          if (!(e instanceof RollBack)) throw e;
        });
      if (!answer) throw new Error('no request sent');
      const first = await answer;
      expect(dataOf<Petition>(first).status).toBe('classified');
      const again = await send(officer, 'petitions.classify', { id: p.id, version: p.version, classification: { kind: 'complaint', competence: 'within' } }, key);
      expect(again.body).toBe(first.body);
      const timeline = dataOf<{ action: string }[]>(await trpcQuery(app, officer, 'petitions.timeline', { id: p.id }));
      expect(timeline.filter((e) => e.action === 'classify')).toHaveLength(1);
    } finally {
      await answer?.catch(() => undefined);
      await other.end();
    }
  });
});
