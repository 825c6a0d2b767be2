import { currentTotpCode } from '@kntc/api';
import { schema, seedDemo, sessionIdOf, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { loadSecrets } from '../src/secrets.js';
import { cookieOf, dataOf, freshAddress, me, signedInCookie, signIn, trpcMutation, trpcQuery } from './support/auth-http.js';

/**
 * Accounts and sessions over real HTTP, with the app's clock in the test's hands: idle and
 * absolute expiry, server-side logout, rotation, password change and reset, the must-change
 * step, the authenticator step, and the per-account and per-address limits.
 */
const env = parseEnv({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  SESSION_IDLE_MINUTES: '30',
  SESSION_ABSOLUTE_HOURS: '12',
  LOGIN_MAX_PER_MINUTE: '8',
  LOGIN_MAX_FAILURES: '5',
  LOGIN_LOCK_MINUTES: '15',
});
const MINUTE = 60_000;

let clock = new Date('2026-03-02T01:00:00Z');
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

let handle: DbHandle;
let app: FastifyInstance;
/** The administrator signs in afresh where needed: the clock moves hours in some tests. */
const admin = () => signedInCookie(app, 'quantri');

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const logger = createLogger(env);
  app = await buildApp(handle, env, logger, loadSecrets(env, logger), { now: () => clock });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

let accountCount = 0;
/** A fresh official created by the administrator, signed in once with their own password. */
async function newOfficial(role = 'inspector') {
  const username = `canbo${++accountCount}`;
  const temporaryPassword = `Tam-thoi-${accountCount}-2026!`;
  const created = dataOf<{ id: string; mustChangePassword: boolean }>(
    await trpcMutation(app, await admin(), 'users.create', { username, fullName: `Cán bộ ${accountCount}`, role, temporaryPassword }),
  );
  expect(created.mustChangePassword).toBe(true);
  const password = `mat-khau-rieng-${accountCount}-du-dai`;
  const res = await signIn(app, { username, password: temporaryPassword, newPassword: password });
  expect(res.statusCode, res.body).toBe(200);
  return { id: created.id, username, password, cookie: cookieOf(res) };
}

describe('session timeouts (injected clock)', () => {
  it('ends a session left idle longer than SESSION_IDLE_MINUTES, and activity keeps it alive', async () => {
    const cookie = await signedInCookie(app, 'thanhtravien');
    advance(29 * MINUTE);
    expect((await me(app, cookie)).statusCode).toBe(200);
    advance(29 * MINUTE);
    expect((await me(app, cookie)).statusCode).toBe(200);
    advance(31 * MINUTE);
    const ended = await me(app, cookie);
    expect(ended.statusCode).toBe(401);
    expect(ended.json().message).toBe('Chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
    // The idle session was deleted, not just refused.
    const [row] = await handle.db.select().from(schema.sessions).where(eq(schema.sessions.tokenHash, sessionIdOf(cookie.split('=')[1] ?? '')));
    expect(row).toBeUndefined();
  });

  it('ends a session after SESSION_ABSOLUTE_HOURS however active it is', async () => {
    const cookie = await signedInCookie(app, 'chanhthanhtra');
    for (let i = 0; i < 35; i++) {
      advance(20 * MINUTE);
      expect((await me(app, cookie)).statusCode).toBe(200);
    }
    advance(20 * MINUTE); // 12 h 00 after sign-in
    expect((await me(app, cookie)).statusCode).toBe(401);
    expect((await trpcQuery(app, cookie, 'session.me')).statusCode).toBe(401);
  });
});

async function userId(username: string) {
  const [row] = await handle.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  if (!row) throw new Error(username);
  return row.id;
}

describe('logout and rotation', () => {
  it('logout deletes the session on the server: the old cookie replayed is refused', async () => {
    const cookie = await signedInCookie(app, 'tiepdan');
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'kntc_session')?.value).toBe('');
    expect(out.headers['clear-site-data']).toBe('"storage"');
    expect((await me(app, cookie)).statusCode).toBe(401);
    expect((await trpcQuery(app, cookie, 'session.me')).statusCode).toBe(401);
  });

  it('signing in issues a new session id and discards the one the browser held before', async () => {
    const before = await signedInCookie(app, 'vanthu');
    const res = await signIn(app, { username: 'vanthu', cookie: before });
    const after = cookieOf(res);
    expect(after).not.toBe(before);
    expect((await me(app, before)).statusCode).toBe(401);
    expect((await me(app, after)).statusCode).toBe(200);
  });

  it('stores only the SHA-256 of session tokens', async () => {
    const cookie = await signedInCookie(app, 'kiemtra');
    const token = cookie.split('=')[1] ?? '';
    expect(token.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const rows = await handle.db.select({ tokenHash: schema.sessions.tokenHash }).from(schema.sessions);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
  });
});

describe('passwords', () => {
  it('stores argon2id hashes at or above OWASP parameters (m ≥ 19 MiB, t ≥ 2, p = 1)', async () => {
    const [row] = await handle.db.select({ hash: schema.users.passwordHash }).from(schema.users).where(eq(schema.users.username, 'giamdoc'));
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$/.exec(row?.hash ?? '');
    expect(match).not.toBeNull();
    const [, m, t, p] = (match ?? []).map(Number);
    expect(m).toBeGreaterThanOrEqual(19_456);
    expect(t).toBeGreaterThanOrEqual(2);
    expect(p).toBe(1);
  });

  it('self-service change: refuses a wrong current password and weak new ones in Vietnamese, then ends the other sessions only', async () => {
    const official = await newOfficial();
    const otherDevice = cookieOf(await signIn(app, { username: official.username, password: official.password }));

    const wrong = await trpcMutation(app, official.cookie, 'account.changePassword', { currentPassword: 'khong-dung-dau', newPassword: 'mot-mat-khau-moi-tot' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.data.fieldErrors).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });

    const short = await trpcMutation(app, official.cookie, 'account.changePassword', { currentPassword: official.password, newPassword: 'ngan-qua' });
    expect(short.json().error.data.fieldErrors).toEqual({ newPassword: 'Mật khẩu phải có ít nhất 12 ký tự.' });

    const withName = await trpcMutation(app, official.cookie, 'account.changePassword', {
      currentPassword: official.password,
      newPassword: `${official.username.toUpperCase()}-va-them-chu`,
    });
    expect(withName.json().error.data.fieldErrors).toEqual({ newPassword: 'Mật khẩu không được chứa tên đăng nhập.' });

    const same = await trpcMutation(app, official.cookie, 'account.changePassword', { currentPassword: official.password, newPassword: official.password });
    expect(same.json().error.data.fieldErrors).toEqual({ newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });

    const ok = await trpcMutation(app, official.cookie, 'account.changePassword', { currentPassword: official.password, newPassword: 'mot-mat-khau-moi-tot' });
    expect(dataOf(ok)).toEqual({ changed: true });
    expect((await me(app, official.cookie)).statusCode).toBe(200);
    expect((await me(app, otherDevice)).statusCode).toBe(401);
    expect((await signIn(app, { username: official.username, password: official.password })).statusCode).toBe(401);
    expect((await signIn(app, { username: official.username, password: 'mot-mat-khau-moi-tot' })).statusCode).toBe(200);
  });

  it('administrator reset: ends every session and forces a new password at the next sign-in', async () => {
    const official = await newOfficial();
    const weak = await trpcMutation(app, await admin(), 'users.resetPassword', { id: official.id, temporaryPassword: `${official.username}-tam-thoi` });
    expect(weak.json().error.data.fieldErrors).toEqual({ temporaryPassword: 'Mật khẩu không được chứa tên đăng nhập.' });

    const reset = dataOf<{ mustChangePassword: boolean }>(
      await trpcMutation(app, await admin(), 'users.resetPassword', { id: official.id, temporaryPassword: 'Tam-thoi-dat-lai-2026' }),
    );
    expect(reset.mustChangePassword).toBe(true);
    expect((await me(app, official.cookie)).statusCode).toBe(401);

    const step = await signIn(app, { username: official.username, password: 'Tam-thoi-dat-lai-2026' });
    expect(step.statusCode).toBe(200);
    expect(step.json()).toMatchObject({ passwordChangeRequired: true });
    expect(step.cookies).toEqual([]);

    const tooShort = await signIn(app, { username: official.username, password: 'Tam-thoi-dat-lai-2026', newPassword: 'ngan' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json()).toMatchObject({ message: 'Mật khẩu phải có ít nhất 12 ký tự.', fieldErrors: { newPassword: 'Mật khẩu phải có ít nhất 12 ký tự.' } });
    const unchanged = await signIn(app, { username: official.username, password: 'Tam-thoi-dat-lai-2026', newPassword: 'Tam-thoi-dat-lai-2026' });
    expect(unchanged.json().fieldErrors).toEqual({ newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });

    const done = await signIn(app, { username: official.username, password: 'Tam-thoi-dat-lai-2026', newPassword: 'mat-khau-cua-rieng-toi' });
    expect(done.statusCode).toBe(200);
    expect(done.json().user.username).toBe(official.username);
    expect((await signIn(app, { username: official.username, password: 'mat-khau-cua-rieng-toi' })).statusCode).toBe(200);
    expect((await signIn(app, { username: official.username, password: 'Tam-thoi-dat-lai-2026' })).statusCode).toBe(401);
  });

  it('deactivating an account ends its sessions at once and refuses its sign-in', async () => {
    const official = await newOfficial();
    const account = dataOf<{ version: number; fullName: string; position: string; role: string; unitId: string | null }>(
      await trpcQuery(app, await admin(), 'users.getOne', { id: official.id }),
    );
    const { fullName, position, role, unitId } = account;
    const updated = await trpcMutation(app, await admin(), 'users.update', {
      id: official.id,
      version: account.version,
      data: { fullName, position, role, unitId, isActive: false },
    });
    expect(dataOf<{ isActive: boolean }>(updated).isActive).toBe(false);
    expect((await me(app, official.cookie)).statusCode).toBe(401);
    const refused = await signIn(app, { username: official.username, password: official.password });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });
});

describe('authenticator (TOTP) second factor', () => {
  it('enrols with a code, then sign-in needs password and a fresh code; a replayed code is refused', async () => {
    const official = await newOfficial('reception_officer');
    const noPassword = await trpcMutation(app, official.cookie, 'account.startTotp', { currentPassword: 'sai-mat-khau' });
    expect(noPassword.json().error.data.fieldErrors).toEqual({ currentPassword: 'Mật khẩu hiện tại không đúng.' });

    const enrolment = dataOf<{ secret: string; uri: string; qrSvg: string }>(
      await trpcMutation(app, official.cookie, 'account.startTotp', { currentPassword: official.password }),
    );
    expect(enrolment.secret).toMatch(/^[A-Z2-7]{32}$/); // 160 bits in base32
    expect(enrolment.uri).toContain(`otpauth://totp/KNTC:${official.username}?`);
    expect(enrolment.qrSvg).toMatch(/^<svg/);
    // Sealed with the vault key: the database holds neither the secret nor its bytes in clear.
    const [stored] = await handle.db.select().from(schema.users).where(eq(schema.users.id, official.id));
    expect(stored?.totpPendingSecret).toBeTruthy();
    expect(JSON.stringify(stored)).not.toContain(enrolment.secret);

    const badConfirm = await trpcMutation(app, official.cookie, 'account.confirmTotp', { code: '000000' });
    expect(badConfirm.statusCode).toBe(400);
    expect(dataOf(await trpcMutation(app, official.cookie, 'account.confirmTotp', { code: currentTotpCode(enrolment.secret, clock) }))).toEqual({ enabled: true });
    expect((await me(app, official.cookie)).json().user).toMatchObject({ totpEnabled: true, secondFactor: true });

    advance(MINUTE);
    const passwordOnly = await signIn(app, { username: official.username, password: official.password });
    expect(passwordOnly.statusCode).toBe(200);
    expect(passwordOnly.json()).toMatchObject({ totpRequired: true });
    expect(passwordOnly.json().user).toBeUndefined();
    expect(passwordOnly.cookies).toEqual([]);

    const wrongCode = await signIn(app, { username: official.username, password: official.password, totpCode: '123456' });
    expect(wrongCode.statusCode).toBe(401);
    expect(wrongCode.json()).toMatchObject({ totpRequired: true });
    expect(wrongCode.cookies).toEqual([]);

    const code = currentTotpCode(enrolment.secret, clock);
    const ok = await signIn(app, { username: official.username, password: official.password, totpCode: code });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().user).toMatchObject({ username: official.username, secondFactor: true });

    const replay = await signIn(app, { username: official.username, password: official.password, totpCode: code });
    expect(replay.statusCode).toBe(401);
    expect(replay.cookies).toEqual([]);

    advance(30_000);
    expect((await signIn(app, { username: official.username, password: official.password, totpCode: currentTotpCode(enrolment.secret, clock) })).statusCode).toBe(200);

    // Turning it off takes a current code; the administrator can reset it for a lost phone.
    advance(30_000);
    expect((await trpcMutation(app, official.cookie, 'account.disableTotp', { code: '000000' })).statusCode).toBe(400);
    const reset = dataOf<{ totpEnabled: boolean }>(await trpcMutation(app, await admin(), 'users.resetTotp', { id: official.id }));
    expect(reset.totpEnabled).toBe(false);
    expect((await signIn(app, { username: official.username, password: official.password })).json().user.username).toBe(official.username);
  });

  it('throttles the code step like passwords, per account', async () => {
    const official = await newOfficial();
    const enrolment = dataOf<{ secret: string }>(await trpcMutation(app, official.cookie, 'account.startTotp', { currentPassword: official.password }));
    dataOf(await trpcMutation(app, official.cookie, 'account.confirmTotp', { code: currentTotpCode(enrolment.secret, clock) }));
    advance(MINUTE);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await signIn(app, { username: official.username, password: official.password, totpCode: String(100000 + i) });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // Even the right code waits for the window to pass.
    const right = await signIn(app, { username: official.username, password: official.password, totpCode: currentTotpCode(enrolment.secret, clock) });
    expect(right.statusCode).toBe(429);
    expect(right.json().message).toBe('Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.');
    advance(16 * MINUTE);
    expect((await signIn(app, { username: official.username, password: official.password, totpCode: currentTotpCode(enrolment.secret, clock) })).statusCode).toBe(200);
  });
});

describe('brute force', () => {
  it('per account: after LOGIN_MAX_FAILURES wrong passwords from many addresses, even the right one gets 429 in Vietnamese', async () => {
    const official = await newOfficial();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(app, { username: official.username, password: `doan-sai-${i}`, address: freshAddress() })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await signIn(app, { username: official.username, password: official.password });
    expect(right.statusCode).toBe(429);
    expect(right.json().message).toBe('Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.');
    expect(right.cookies).toEqual([]);
    // The count lives in the database: a restarted (or second) API instance still refuses.
    const logger = createLogger(env);
    const second = await buildApp(handle, env, logger, loadSecrets(env, logger), { now: () => clock });
    expect((await signIn(second, { username: official.username, password: official.password })).statusCode).toBe(429);
    await second.close();
    advance(16 * MINUTE);
    expect((await signIn(app, { username: official.username, password: official.password })).statusCode).toBe(200);
  });

  it('unknown usernames are throttled the same way, so the answer does not reveal which accounts exist', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(app, { username: 'khong-ton-tai', password: `x-${i}` })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('per address: one client trying many accounts is cut off after LOGIN_MAX_PER_MINUTE attempts', async () => {
    const address = '198.18.0.77';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signIn(app, { username: `thu-${i}`, password: 'doan-mo', address })).statusCode);
    expect(statuses.slice(0, 8).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(8)).toEqual([429, 429]);
    const last = await signIn(app, { username: 'giamdoc', address });
    expect(last.statusCode).toBe(429);
    expect(last.json().message).toBe('Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.');
  });
});

describe('account management permissions', () => {
  it('only user.manage holders list accounts; officials get 403', async () => {
    const list = dataOf<{ data: { username: string }[]; total: number }>(await trpcQuery(app, await admin(), 'users.accounts', { pagination: { page: 1, perPage: 100 } }));
    expect(list.data.map((a) => a.username)).toContain('giamdoc');
    expect(JSON.stringify(list)).not.toMatch(/argon2|passwordHash|totpSecret/);
    const inspector = await signedInCookie(app, 'thanhtravien');
    expect((await trpcQuery(app, inspector, 'users.accounts', {})).statusCode).toBe(403);
    expect((await trpcMutation(app, inspector, 'users.resetPassword', { id: await userId('giamdoc'), temporaryPassword: 'mot-mat-khau-du-dai' })).statusCode).toBe(403);
  });

  it('an administrator cannot lock themselves out', async () => {
    const self = dataOf<{ id: string; version: number; fullName: string; position: string; unitId: string | null }>(
      await trpcQuery(app, await admin(), 'users.getOne', { id: await userId('quantri') }),
    );
    const res = await trpcMutation(app, await admin(), 'users.update', {
      id: self.id,
      version: self.version,
      data: { fullName: self.fullName, position: self.position, role: 'sysadmin', unitId: self.unitId, isActive: false },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.data.fieldErrors).toEqual({ isActive: 'Không thể tự khóa tài khoản của chính mình.' });
  });
});
