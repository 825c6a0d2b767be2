import { currentTotpCode } from '@kntc/api';
import { seedDemo, sessionIdOf, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/app.js';
import { parseEnv, type Env } from '../src/env.js';
import { loadSecrets } from '../src/secrets.js';
import { cookieOf, dataOf, DEMO_PASSWORD, me, signedInCookie, signIn, trpcMutation, trpcQuery } from './support/auth-http.js';

/**
 * HTTP hardening checked on the wire: security headers on every kind of answer, cookie flags
 * with and without TLS, cross-site and GET mutations refused, no stack traces, and logs that
 * never hold a password, a session token, an authenticator code or a citizen's name.
 */
const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', TRUSTED_ORIGINS: 'http://127.0.0.1:5173' } as const;
let handle: DbHandle;
const apps: FastifyInstance[] = [];

async function appWith(overrides: Record<string, string> = {}, logLines?: string[]) {
  const env: Env = parseEnv({ ...base, ...overrides });
  const logger = createLogger(env, logLines ? { write: (line: string) => void logLines.push(line) } : undefined);
  const app = await buildApp(handle, env, logger, loadSecrets(env, logger));
  apps.push(app);
  return app;
}

let app: FastifyInstance;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await appWith();
});
afterAll(async () => {
  for (const a of apps) await a.close();
  await handle.close();
});

function expectStrictHeaders(res: LightMyRequestResponse) {
  const csp = String(res.headers['content-security-policy']);
  expect(csp).toContain("default-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['cache-control']).toBe('no-store');
  expect(res.headers['x-powered-by']).toBeUndefined();
}

describe('security headers on every kind of API answer', () => {
  it('health, sign-in, tRPC success and failure, 404, 401 and 429 all carry them; no HSTS over plain HTTP', async () => {
    const cookie = await signedInCookie(app, 'tiepdan');
    const answers = [
      await app.inject({ method: 'GET', url: '/healthz' }),
      await signIn(app, { username: 'giamdoc' }),
      await trpcQuery(app, cookie, 'session.me'),
      await trpcQuery(app, '', 'session.me'),
      await trpcMutation(app, cookie, 'petitions.register', { id: 'khong-phai-uuid', version: 1 }),
      await app.inject({ method: 'GET', url: '/khong-co' }),
      await me(app, 'kntc_session=het-han'),
    ];
    expect(answers.map((r) => r.statusCode)).toEqual([200, 200, 200, 401, 400, 404, 401]);
    for (const res of answers) {
      expectStrictHeaders(res);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('over TLS (SECURE_COOKIES): HSTS for a year with subdomains, and a __Host- cookie that is Secure, HttpOnly, SameSite=Strict, Path=/', async () => {
    const secure = await appWith({ SECURE_COOKIES: 'true' });
    const health = await secure.inject({ method: 'GET', url: '/healthz' });
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const res = await signIn(secure, { username: 'phogiamdoc' });
    expect(res.statusCode).toBe(200);
    expectStrictHeaders(res);
    const cookie = res.cookies.find((c) => c.name === '__Host-kntc_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    expect(cookie?.domain).toBeUndefined();
    expect(res.cookies.some((c) => c.name === 'kntc_session')).toBe(false);
    expect((await me(secure, `__Host-kntc_session=${cookie?.value}`)).statusCode).toBe(200);
    // The unprefixed name, which a sibling subdomain could plant, is not read over TLS.
    expect((await me(secure, `kntc_session=${cookie?.value}`)).statusCode).toBe(401);
  });

  it('over plain HTTP the cookie is HttpOnly, SameSite=Strict, Path=/ and not Secure (it would never come back)', async () => {
    const res = await signIn(app, { username: 'vanthu' });
    expect(res.cookies.find((c) => c.name === 'kntc_session')).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.cookies.find((c) => c.name === 'kntc_session')?.secure).toBeFalsy();
  });

  it('behind a trusted proxy, X-Forwarded-Proto: https turns on HSTS and Secure; without TRUST_PROXY the header is ignored', async () => {
    const proxied = await appWith({ TRUST_PROXY: 'true', SECURE_COOKIES: 'false' });
    const viaTls = await proxied.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(viaTls.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    const login = await proxied.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      payload: { username: 'kiemtra', password: DEMO_PASSWORD },
      remoteAddress: '192.0.2.200',
    });
    expect(login.cookies.find((c) => c.name === 'kntc_session')?.secure).toBe(true);
    expect((await proxied.inject({ method: 'GET', url: '/healthz' })).headers['strict-transport-security']).toBeUndefined();
    const direct = await app.inject({ method: 'GET', url: '/healthz', headers: { 'x-forwarded-proto': 'https' } });
    expect(direct.headers['strict-transport-security']).toBeUndefined();
  });

  it('without TRUST_PROXY a faked X-Forwarded-For does not escape the per-address limit', async () => {
    const limited = await appWith({ LOGIN_MAX_PER_MINUTE: '3' });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await limited.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'x-forwarded-for': `10.9.8.${i}` },
        payload: { username: `ai-do-${i}`, password: 'x' },
        remoteAddress: '192.0.2.201',
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});

describe('cross-site requests and GET mutations', () => {
  const mutation = (headers: Record<string, string>, cookie: string) =>
    app.inject({
      method: 'POST',
      url: '/trpc/account.changePassword',
      headers: { cookie, 'content-type': 'application/json', ...headers },
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-ke-gian-dat' },
    });

  it('refuses a cookie-authenticated mutation from another site (Sec-Fetch-Site or Origin), in Vietnamese', async () => {
    const cookie = await signedInCookie(app, 'thanhtravien');
    const attempts: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { 'sec-fetch-site': 'same-site' },
      { 'sec-fetch-site': 'same-site', origin: 'http://public.127.0.0.1.nip.io' },
    ];
    for (const headers of attempts) {
      const res = await mutation(headers, cookie);
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().message).toBe('Yêu cầu từ trang web khác bị từ chối.');
    }
    // Signing in from another site (login CSRF) is refused too.
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { username: 'thanhtravien', password: DEMO_PASSWORD },
    });
    expect(login.statusCode).toBe(403);
    // The password was never changed.
    expect((await signIn(app, { username: 'thanhtravien' })).statusCode).toBe(200);
  });

  it('lets the back office through: same-origin, or a trusted origin', async () => {
    const cookie = await signedInCookie(app, 'chanhthanhtra');
    const sameOrigin = await app.inject({ method: 'GET', url: '/trpc/session.me', headers: { cookie, 'sec-fetch-site': 'same-origin' } });
    expect(sameOrigin.statusCode).toBe(200);
    const trusted = await app.inject({
      method: 'POST',
      url: '/trpc/account.changePassword',
      headers: { cookie, 'content-type': 'application/json', 'sec-fetch-site': 'same-site', origin: 'http://127.0.0.1:5173' },
      payload: { currentPassword: 'sai', newPassword: 'mot-mat-khau-du-dai' },
    });
    // Past the cross-site check: the procedure itself answers (wrong current password).
    expect(trusted.statusCode).toBe(400);
    expect(trusted.json().error.data.fieldErrors).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });
  });

  it('refuses a mutation sent as GET (405) and does not run it', async () => {
    const cookie = await signedInCookie(app, 'kiemtra');
    const input = encodeURIComponent(JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: 'doi-bang-get-la-sai' }));
    const res = await app.inject({ method: 'GET', url: `/trpc/account.changePassword?input=${input}`, headers: { cookie } });
    expect(res.statusCode).toBe(405);
    expectStrictHeaders(res);
    expect((await signIn(app, { username: 'kiemtra' })).statusCode).toBe(200);
  });

  it('refuses text/plain bodies, which a page could send cross-site without a preflight (415)', async () => {
    const cookie = await signedInCookie(app, 'giamdoc');
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/account.changePassword',
      headers: { cookie, 'content-type': 'text/plain' },
      payload: JSON.stringify({ currentPassword: DEMO_PASSWORD, newPassword: 'mot-mat-khau-du-dai' }),
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe('Định dạng dữ liệu không được hỗ trợ.');
  });
});

/**
 * A database whose tables are gone: every procedure fails inside it with a real error (42P01), an
 * internal one. A closed connection would not do: that is an outage, answered 503 on PostgreSQL.
 */
async function brokenDb(): Promise<DbHandle> {
  const handle = await createTestDb();
  await handle.db.execute(sql`drop table sessions, users cascade`);
  return handle;
}

describe('errors carry no stack trace', () => {
  it.each(['test', 'production'])('NODE_ENV=%s: a failing procedure answers a generic Vietnamese message only', async (nodeEnv) => {
    const own = await brokenDb();
    const env = parseEnv({ ...base, NODE_ENV: nodeEnv, SECURE_COOKIES: 'false', TRACKING_SECRET: 'a'.repeat(64), VAULT_KEY: 'b'.repeat(64) });
    const logger = createLogger(env, { write: () => {} });
    const broken = await buildApp(own, env, logger, loadSecrets(env, logger));
    for (const res of [
      await broken.inject({ method: 'GET', url: '/trpc/session.me', headers: { cookie: 'kntc_session=abc' } }),
      await broken.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'giamdoc', password: DEMO_PASSWORD } }),
    ]) {
      expect(res.statusCode).toBe(500);
      const body = res.body;
      expect(body).toMatch(/Đã có lỗi hệ thống/);
      expect(body).not.toMatch(/stack|\.ts:\d+|\.js:\d+|node_modules|select |Failed query/i);
      expectStrictHeaders(res);
    }
    await broken.close();
    await own.close();
  });
});

describe('logs', () => {
  it('never contain passwords, session tokens, authenticator codes, tRPC query input or identity fields', async () => {
    const lines: string[] = [];
    const logged = await appWith({ LOG_LEVEL: 'trace' }, lines);
    const secrets: string[] = [DEMO_PASSWORD];

    // A wrong password typed into the username field, then a normal sign-in.
    const typo = 'Mat-khau-go-nham-o-ten-dang-nhap';
    secrets.push(typo);
    await signIn(logged, { username: typo, password: 'con-sai-nua' });
    const res = await signIn(logged, { username: 'quantri' });
    const cookie = cookieOf(res);
    secrets.push(cookie.split('=')[1] ?? '');

    // A search for a citizen's name travels in the URL of a tRPC GET.
    const canaryName = 'Hoàng Thị Chim Hoàng Yến Canary';
    const reader = cookieOf(await signIn(logged, { username: 'tiepdan' }));
    secrets.push(reader.split('=')[1] ?? '');
    await trpcQuery(logged, reader, 'petitions.list', { filter: { q: canaryName } });
    secrets.push(canaryName, encodeURIComponent(canaryName), encodeURIComponent(JSON.stringify({ filter: { q: canaryName } })));

    // A password change, an authenticator enrolment and a sign-in with its code.
    const newPassword = 'mat-khau-moi-cua-quan-tri';
    secrets.push(newPassword);
    dataOf(await trpcMutation(logged, cookie, 'account.changePassword', { currentPassword: DEMO_PASSWORD, newPassword }));
    const enrolment = dataOf<{ secret: string }>(await trpcMutation(logged, cookie, 'account.startTotp', { currentPassword: newPassword }));
    secrets.push(enrolment.secret);
    const now = new Date();
    const firstCode = currentTotpCode(enrolment.secret, now);
    dataOf(await trpcMutation(logged, cookie, 'account.confirmTotp', { code: firstCode }));
    const wrong = firstCode === '654321' ? '123456' : '654321';
    await signIn(logged, { username: 'quantri', password: newPassword, totpCode: wrong });
    secrets.push(firstCode, wrong);

    // A procedure failing inside the database: its parameters (here a session-token hash) stay out.
    const broken = await brokenDb();
    const brokenEnv = parseEnv({ ...base, LOG_LEVEL: 'info' });
    const brokenLogger = createLogger(brokenEnv, { write: (line: string) => void lines.push(line) });
    const brokenApp = await buildApp(broken, brokenEnv, brokenLogger, loadSecrets(brokenEnv, brokenLogger));
    const orphanToken = 'jeton-de-session-qui-ne-doit-pas-fuiter';
    await brokenApp.inject({ method: 'GET', url: '/trpc/session.me', headers: { cookie: `kntc_session=${orphanToken}` } });
    await brokenApp.close();
    await broken.close();
    secrets.push(orphanToken, sessionIdOf(orphanToken));

    const text = lines.join('\n');
    expect(lines.length).toBeGreaterThan(10);
    expect(text).toContain('"url":"/trpc/petitions.list?…"');
    expect(text).toContain('"event":"login"');
    expect(text).toContain('procedure failed');
    for (const secret of secrets) expect(text, secret).not.toContain(secret);
    expect(text).not.toMatch(/kntc_session=|set-cookie|params:/i);
    // The request id ties a failure to its request without the payload.
    expect(text).toMatch(/"reqId":"req-/);
  });
});
