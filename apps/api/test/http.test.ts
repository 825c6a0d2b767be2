import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';

const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_MAX_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '5' });
let handle: DbHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, env);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

// Each login comes from its own address so the per-address limit under test elsewhere does not interfere.
let nextAddress = 1;
async function loginCookie(username = 'tiepdan') {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'kntc-demo-2026' }, remoteAddress: `192.0.2.${nextAddress++}` });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'kntc_session');
  if (!cookie) throw new Error('no session cookie');
  return `kntc_session=${cookie.value}`;
}

describe('health', () => {
  it('reports the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: handle.kind });
  });
});

describe('login', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and /me answers with the user', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'giamdoc', password: 'kntc-demo-2026' }, remoteAddress: '198.51.100.1' });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'kntc_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `kntc_session=${cookie?.value}` } });
    expect(me.json().user).toMatchObject({ username: 'giamdoc', role: 'director', roleLabel: 'Giám đốc' });
  });

  it('refuses a wrong password in Vietnamese and sets no cookie', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'phogiamdoc', password: 'sai-mat-khau' }, remoteAddress: '198.51.100.2' });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('throttles brute force with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: `doan-${i}` }, remoteAddress: `10.0.0.${i}` });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const blocked = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'quantri', password: 'kntc-demo-2026' }, remoteAddress: '10.0.1.1' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().message).toContain('thử lại');
  });

  it('logout ends the session on the server', async () => {
    const cookie = await loginCookie('chanhthanhtra');
    expect((await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('tRPC over HTTP', () => {
  it('answers bad input with 400, Vietnamese field errors and no stack trace', async () => {
    const cookie = await loginCookie();
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.create',
      headers: { cookie, 'content-type': 'application/json' },
      payload: { receivedDate: '2026-13-01', channel: 'fax', kind: 'complaint', sender: { fullName: 'A', address: '' }, summary: 'x', content: '' },
    });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.message).toBe('Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.');
    expect(body.error.data.fieldErrors).toMatchObject({
      receivedDate: expect.any(String),
      channel: 'Hãy chọn nguồn đơn.',
      'sender.fullName': expect.stringContaining('Họ và tên'),
      'sender.address': expect.stringContaining('Địa chỉ'),
      content: 'Nội dung đơn là bắt buộc.',
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|at .*\.ts:\d+/);
  });

  it('answers a stale update with 409 CONFLICT', async () => {
    const cookie = await loginCookie('thanhtravien');
    const list = await app.inject({ method: 'GET', url: `/trpc/petitions.list?input=${encodeURIComponent(JSON.stringify({ filter: { status: 'registered' } }))}`, headers: { cookie } });
    const record = list.json().result.data.data[0];
    const { id, version, sender, receivedDate, channel, kind, signerCount, summary, content, forwardingAgency, forwardingDocNumber } = record;
    const data = { sender, receivedDate, channel, kind, signerCount, summary, content, forwardingAgency, forwardingDocNumber };
    const update = (v: number) =>
      app.inject({ method: 'POST', url: '/trpc/petitions.update', headers: { cookie, 'content-type': 'application/json' }, payload: { id, version: v, data } });
    expect((await update(version)).statusCode).toBe(200);
    const stale = await update(version);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.data.code).toBe('CONFLICT');
  });

  it('requires a session: 401 without a cookie', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/petitions.list?input=%7B%7D' });
    expect(res.statusCode).toBe(401);
  });

  it('refuses cross-site mutations even with a valid cookie', async () => {
    const cookie = await loginCookie();
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.register',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' },
      payload: { id: '00000000-0000-4000-8000-000000000000', version: 1 },
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a mutation sent as GET', async () => {
    const cookie = await loginCookie();
    const res = await app.inject({ method: 'GET', url: '/trpc/petitions.register?input=%7B%7D', headers: { cookie } });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
  });

  it('refuses oversized bodies with 413 and malformed JSON with 400', async () => {
    const big = await app.inject({
      method: 'POST',
      url: '/trpc/petitions.create',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ content: 'y'.repeat(env.BODY_LIMIT_BYTES + 10) }),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().message).toBe('Dữ liệu gửi lên quá lớn.');
    const broken = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { 'content-type': 'application/json' }, payload: '{"username":' });
    expect(broken.statusCode).toBe(400);
  });

  it('sends strict security headers and no-store on API answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const own = await createTestDb();
    const ownApp = await buildApp(own, env);
    await own.close();
    const res = await ownApp.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', db: own.kind });
    await ownApp.close();
  });
});
