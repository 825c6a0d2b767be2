import { login, logout, type LoginResult } from '@kntc/api';
import { findSessionUser, loadRolePermissions, type DbHandle, type SessionUser, type ThrottlePolicy } from '@kntc/db';
import { LoginSchema } from '@kntc/domain';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Env } from '../env.js';
import type { Secrets } from '../secrets.js';
import { absoluteTimeoutMs, clearSessionCookie, idleTimeoutMs, sessionToken, setSessionCookie } from '../session-cookie.js';
import { auditLogin, auditLoginFailure, auditLogout, isAuditedFailure } from './http-audit.js';

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';
const TOO_MANY = 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.';
const SESSION_ENDED = 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.';

export const loginThrottlePolicy = (env: Env): ThrottlePolicy => ({
  maxFailures: env.LOGIN_MAX_FAILURES,
  windowMs: env.LOGIN_LOCK_MINUTES * 60_000,
});

type Failure = Extract<LoginResult, { ok: false }>;

/**
 * The answer to each unfinished sign-in. The two "continue" steps answer 200 without a session:
 * the password was right, and the form asks for what is still missing.
 */
function sendFailure(reply: FastifyReply, result: Failure) {
  switch (result.reason) {
    case 'throttled':
      return reply.code(429).send({ message: TOO_MANY });
    case 'wrong':
      return reply.code(401).send({ message: WRONG_CREDENTIALS });
    case 'passwordChangeRequired':
      return reply.send({
        passwordChangeRequired: true,
        message: 'Mật khẩu này do quản trị viên cấp tạm thời. Hãy đặt mật khẩu mới của riêng bạn để tiếp tục.',
      });
    case 'newPasswordRejected':
      return reply.code(400).send({ message: 'Mật khẩu mới chưa đạt yêu cầu.', fieldErrors: result.fieldErrors ?? {} });
    case 'totpRequired':
      return reply.send({ totpRequired: true, message: 'Nhập mã 6 chữ số đang hiện trong ứng dụng xác thực của bạn.' });
    case 'totpWrong':
      return reply.code(401).send({ totpRequired: true, message: 'Mã xác thực không đúng, đã hết hạn hoặc vừa được dùng.' });
  }
}

export function registerAuthRoutes(
  app: FastifyInstance,
  handle: DbHandle,
  env: Env,
  options: { secrets: Secrets; now?: () => Date },
) {
  const now = options.now ?? (() => new Date());
  const throttle = loginThrottlePolicy(env);
  // The back office shows only what the role's row of the permission matrix allows (session.me answers the same).
  const withPermissions = async (user: SessionUser) => ({ ...user, permissions: await loadRolePermissions(handle.db, user.role) });

  app.post(
    '/api/auth/login',
    // Per address, every attempt counts; per account, failures count (in the database, across instances).
    { config: { rateLimit: { max: env.LOGIN_MAX_PER_MINUTE, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const parsed = LoginSchema.safeParse(req.body);
      if (!parsed.success) {
        const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'root', i.message]));
        const onlyLaterSteps = parsed.error.issues.every((i) => i.path[0] === 'newPassword' || i.path[0] === 'totpCode');
        const message = onlyLaterSteps ? (parsed.error.issues[0]?.message ?? 'Dữ liệu nhập chưa hợp lệ.') : 'Hãy nhập tên đăng nhập và mật khẩu.';
        return reply.code(400).send({ message, fieldErrors });
      }
      const at = now();
      const result = await login(handle.db, parsed.data, {
        absoluteTimeoutMs: absoluteTimeoutMs(env),
        userAgent: req.headers['user-agent'],
        ipAddress: req.ip,
        now: at,
        throttle,
        vault: options.secrets.vault,
      });
      // Authentication events are logged by outcome and account id only: never the typed username,
      // which is sometimes a password typed into the wrong field.
      req.log.info({ event: 'login', outcome: result.ok ? 'ok' : result.reason, userId: result.ok ? result.userId : undefined }, 'sign-in attempt');
      if (!result.ok) {
        if (isAuditedFailure(result.reason)) {
          await auditLoginFailure(handle.db, req, at, { reason: result.reason, username: parsed.data.username, vault: options.secrets.vault });
        }
        return sendFailure(reply, result);
      }
      const user = await findSessionUser(handle.db, { token: result.token, idleTimeoutMs: idleTimeoutMs(env), now: at });
      // Rotate: a session id known before login (fixation) is discarded. The cookie goes out only
      // once the sign-in is in the audit log.
      const previous = sessionToken(req, env);
      await handle.db.transaction(async (tx) => {
        if (previous) await logout(tx, previous);
        await auditLogin(tx, req, at, user);
      });
      setSessionCookie(req, reply, env, result.token, result.expiresAt);
      return reply.send({ user: user && (await withPermissions(user)) });
    },
  );

  app.post('/api/auth/logout', async (req, reply) => {
    const token = sessionToken(req, env);
    if (token) {
      const user = await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env), now: now() });
      await handle.db.transaction(async (tx) => {
        await logout(tx, token);
        if (user) await auditLogout(tx, req, now(), user);
      });
    }
    clearSessionCookie(req, reply, env);
    // Saved list filters of the back office (local storage) may hold names: the browser drops them too.
    // Not "cache": API answers are never cached (no-store), and clearing it stalls some browsers.
    reply.header('Clear-Site-Data', '"storage"');
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (req, reply) => {
    const token = sessionToken(req, env);
    const user = token ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env), now: now() }) : null;
    if (!user) {
      if (token) clearSessionCookie(req, reply, env);
      return reply.code(401).send({ message: SESSION_ENDED });
    }
    return reply.send({ user: await withPermissions(user) });
  });
}
