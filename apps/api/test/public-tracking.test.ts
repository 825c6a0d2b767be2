import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { loadSecrets } from '../src/secrets.js';

/**
 * Lookups by receipt tracking code are limited per client address on the real host: 10 per 10
 * minutes by default, counted per procedure call (a batch cannot multiply them), answered with
 * tRPC's TOO_MANY_REQUESTS (HTTP 429) in Vietnamese.
 */
let handle: DbHandle;
let app: FastifyInstance;
let clock = new Date('2026-03-02T03:00:00Z');

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
  const logger = createLogger(env);
  app = await buildApp(handle, env, logger, loadSecrets(env, logger), { now: () => clock });
}, 180_000);
afterAll(async () => {
  await app.close();
  await handle.close();
});

const track = (remoteAddress: string, code = 'ABCD-EFGH-JKMN') =>
  app.inject({ method: 'GET', url: `/trpc/public.trackLetter?input=${encodeURIComponent(JSON.stringify({ code }))}`, remoteAddress });

describe('public.trackLetter rate limit', () => {
  it('answers 10 lookups from one address, refuses the 11th in Vietnamese, and lets other addresses and the next window through', async () => {
    for (let i = 0; i < 10; i++) {
      const res = await track('203.0.113.7');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ result: { data: { found: false } } });
    }
    const refused = await track('203.0.113.7');
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({
      error: { message: 'Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.', data: { code: 'TOO_MANY_REQUESTS' } },
    });
    // Malformed codes count too: they take the same path.
    expect((await track('203.0.113.7', 'x')).statusCode).toBe(429);

    expect((await track('198.51.100.20')).statusCode).toBe(200);

    clock = new Date(clock.getTime() + 10 * 60_000);
    expect((await track('203.0.113.7')).statusCode).toBe(200);
  });

  it('counts every lookup of a batched request', async () => {
    const calls = 11;
    const input = Object.fromEntries(Array.from({ length: calls }, (_, i) => [String(i), { code: `ABCD-EFGH-JK${String(i).padStart(2, '0')}` }]));
    const res = await app.inject({
      method: 'GET',
      url: `/trpc/${Array.from({ length: calls }, () => 'public.trackLetter').join(',')}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`,
      remoteAddress: '192.0.2.55',
    });
    const answers = res.json<{ result?: unknown; error?: { data: { code: string } } }[]>();
    expect(answers.filter((a) => a.result)).toHaveLength(10);
    expect(answers.filter((a) => a.error?.data.code === 'TOO_MANY_REQUESTS')).toHaveLength(1);
  });

  it('other public procedures are not limited by it', async () => {
    for (let i = 0; i < 10; i++) await track('192.0.2.99');
    expect((await track('192.0.2.99')).statusCode).toBe(429);
    const res = await app.inject({ method: 'GET', url: '/trpc/public.guide', remoteAddress: '192.0.2.99' });
    expect(res.statusCode).toBe(200);
  });
});
