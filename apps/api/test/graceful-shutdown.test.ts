/**
 * SIGTERM as a process manager sends it on a deploy: the server stops accepting connections, lets
 * the request in flight finish and commit, closes its database connections properly and exits 0;
 * a request that never ends does not keep it alive past SHUTDOWN_TIMEOUT_SECONDS.
 *
 * The in-flight request is slowed without any test hook in the server: the test holds the audit
 * log's append lock (every write waits for it before committing), as a long write would.
 */
import { testServerUrl } from '@kntc/db/testing';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSecrets, signInHttp, startApi, trpcCall, waitUntil, type ApiProcess } from './support/api-process.js';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

const ownProject = process.env.KNTC_TEST_DB === (testServerUrl() ? 'postgres' : 'pglite');
const unavailable = privatePostgresUnavailable();

const letter = (name: string) => ({
  receivedDate: '2026-11-12',
  channel: 'walk_in',
  kind: 'complaint',
  sender: { fullName: name, address: '5 Trần Hưng Đạo, Huế' },
  summary: `Khiếu nại của ${name} gửi lúc máy chủ đang dừng`,
  content: 'Đơn được gửi ngay trước khi máy chủ nhận lệnh dừng.',
});

describe.skipIf(!ownProject || unavailable !== undefined)(`graceful shutdown${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let pg: PrivatePostgres;
  let sql: postgres.Sql;
  const secrets = apiSecrets();
  const running: ApiProcess[] = [];

  beforeAll(async () => {
    // PostgreSQL notes a client that vanished without saying goodbye only at DEBUG1 ("unexpected EOF on client connection").
    pg = await startPrivatePostgres({ log_min_messages: 'debug1' });
    // Seeds once; the servers of the tests below start on the seeded database.
    const seeding = await startApi({ DATABASE_URL: pg.url, DEMO_SEED: 'on', ...secrets });
    seeding.child.kill('SIGTERM');
    expect(await seeding.exited).toBe(0);
    sql = postgres(pg.url, { max: 1, onnotice: () => {}, connection: { application_name: 'kntc-test' } });
  });
  afterAll(async () => {
    for (const api of running) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await sql?.end();
    await pg?.destroy();
  });

  // Every audited write takes this lock just before it commits (packages/db queries/audit.ts).
  const holdAppendLock = () => sql`select pg_advisory_lock(hashtextextended('kntc.audit_log', 0))`;
  const releaseAppendLock = () => sql`select pg_advisory_unlock(hashtextextended('kntc.audit_log', 0))`;
  const waitingOnLock = async () =>
    (await sql`select count(*)::int as n from pg_stat_activity where application_name = 'postgres.js' and wait_event_type = 'Lock'`)[0]?.n === 1;
  const serverBackends = async () => (await sql`select count(*)::int as n from pg_stat_activity where application_name = 'postgres.js'`)[0]?.n;
  const refused = (url: string) =>
    fetch(`${url}/healthz`).then(
      () => false,
      (error: unknown) => (error as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED',
    );

  it('finishes the request in flight, refuses new connections, closes the database and exits 0', async () => {
    const api = await startApi({ DATABASE_URL: pg.url, ...secrets });
    running.push(api);
    const cookie = await signInHttp(api.url, 'tiepdan');
    const logBefore = pg.log().length;

    await holdAppendLock();
    const inFlight = trpcCall(api.url, cookie, 'petitions.create', letter('Lê Văn Đang Gửi'), 'mutation');
    await waitUntil('the write waiting on the audit lock', waitingOnLock);

    api.child.kill('SIGTERM');
    await waitUntil('new connections refused', () => refused(api.url), 5_000);
    expect(api.child.exitCode).toBeNull();

    await releaseAppendLock();
    const answer = await inFlight;
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const id = (answer.body?.result?.data as { id: string }).id;
    expect(await api.exited).toBe(0);

    // Committed, with its audit row; and the server said goodbye to PostgreSQL on each connection.
    expect((await sql`select count(*)::int as n from petitions where id = ${id}`)[0]?.n).toBe(1);
    expect((await sql`select count(*)::int as n from audit_log where action = 'petitions.create' and entity_id = ${id}`)[0]?.n).toBe(1);
    expect(await serverBackends()).toBe(0);
    expect(pg.log().slice(logBefore)).not.toMatch(/unexpected EOF on client connection|could not receive data from client/i);
  });

  it('exits with 1 after SHUTDOWN_TIMEOUT_SECONDS when a request never finishes', async () => {
    const api = await startApi({ DATABASE_URL: pg.url, SHUTDOWN_TIMEOUT_SECONDS: '2', ...secrets });
    running.push(api);
    const cookie = await signInHttp(api.url, 'tiepdan');
    await holdAppendLock();
    const stuck = trpcCall(api.url, cookie, 'petitions.create', letter('Phạm Thị Bị Treo'), 'mutation').catch(() => 'cut off');
    await waitUntil('the write waiting on the audit lock', waitingOnLock);

    const signalled = Date.now();
    api.child.kill('SIGTERM');
    expect(await api.exited).toBe(1);
    const took = Date.now() - signalled;
    expect(took).toBeGreaterThanOrEqual(1_900);
    expect(took).toBeLessThan(10_000);
    expect(await stuck).toBe('cut off');
    expect(api.output()).toMatch(/shutdown timed out/);
    await releaseAppendLock();
    // The cut-off write never committed: its transaction died with the process.
    await waitUntil('the dead server backend gone', async () => (await serverBackends()) === 0);
    expect((await sql`select count(*)::int as n from petitions where summary = ${letter('Phạm Thị Bị Treo').summary}`)[0]?.n).toBe(0);
  });
});
