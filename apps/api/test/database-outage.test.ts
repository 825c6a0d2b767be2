/**
 * The real server on a PostgreSQL cluster of its own, which the test stops in immediate mode (as a
 * crash or a failover would) and starts again: meanwhile health and every call answer 503 with a
 * Vietnamese message instead of 500, the process stays up, and once the database is back the same
 * process serves again without a restart.
 */
import { testServerUrl } from '@kntc/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSecrets, signInHttp, startApi, trpcCall, waitUntil, type ApiProcess } from './support/api-process.js';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

// One run is enough: the test brings its own database, so it runs in one vitest project only.
const ownProject = process.env.KNTC_TEST_DB === (testServerUrl() ? 'postgres' : 'pglite');
const unavailable = privatePostgresUnavailable();

const letter = {
  receivedDate: '2026-11-10',
  channel: 'walk_in',
  kind: 'complaint',
  sender: { fullName: 'Trần Thị Mất Điện', address: '12 Hùng Vương, Huế' },
  summary: 'Khiếu nại việc thu hồi đất',
  content: 'Nội dung khiếu nại gửi trong lúc cơ sở dữ liệu gián đoạn.',
};

describe.skipIf(!ownProject || unavailable !== undefined)(`database outage${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let pg: PrivatePostgres;
  let api: ApiProcess;
  let cookie: string;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    api = await startApi({ DATABASE_URL: pg.url, DEMO_SEED: 'on', ...apiSecrets() });
    cookie = await signInHttp(api.url, 'tiepdan');
  });
  afterAll(async () => {
    api?.child.kill('SIGKILL');
    await api?.exited;
    await pg?.destroy();
  });

  it('answers 503 while PostgreSQL is down and serves again once it is back, without a restart', async () => {
    const health = () => fetch(`${api.url}/healthz`).then((r) => r.status);
    const list = () => trpcCall(api.url, cookie, 'petitions.list', { pagination: { page: 1, perPage: 5 } }, 'query');
    expect(await health()).toBe(200);
    expect((await list()).status).toBe(200);

    await pg.stop('immediate');

    expect(await health()).toBe(503);
    // Reads, writes and signing in: each says the system is unavailable, not that it failed.
    for (const answer of [await list(), await trpcCall(api.url, cookie, 'petitions.create', letter, 'mutation')]) {
      expect(answer.status, JSON.stringify(answer.body)).toBe(503);
      expect(answer.body?.error?.message).toMatch(/tạm thời không truy cập được cơ sở dữ liệu/);
    }
    const login = await fetch(`${api.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'tiepdan', password: 'kntc-demo-2026' }),
    });
    expect(login.status).toBe(503);
    expect(((await login.json()) as { message: string }).message).toMatch(/tạm thời không truy cập được cơ sở dữ liệu/);

    await pg.start();

    const recovered = await waitUntil('health back to 200', async () => (await health()) === 200, 15_000);
    expect(recovered).toBeLessThan(15_000);
    expect((await list()).status).toBe(200);
    const created = await trpcCall(api.url, cookie, 'petitions.create', letter, 'mutation');
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    // The same process all along: it neither crashed on the lost connections nor needed a restart.
    expect(api.child.exitCode).toBeNull();
    expect(api.output()).not.toMatch(/unhandled|uncaught/i);
  });
});
