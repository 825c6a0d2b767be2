import { login, logout } from '@kntc/api';
import { findSessionUser, type DbHandle } from '@kntc/db';
import { LoginSchema } from '@kntc/domain';
import type { FastifyInstance } from 'fastify';
import type { Env } from '../env.js';
import { LoginThrottle } from '../login-throttle.js';
import {
  absoluteTimeoutMs,
  clearSessionCookie,
  idleTimeoutMs,
  sessionToken,
  setSessionCookie,
} from '../session-cookie.js';

const WRONG_CREDENTIALS = 'Tên đăng nhập hoặc mật khẩu không đúng.';
const TOO_MANY = 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.';

export function registerAuthRoutes(app: FastifyInstance, handle: DbHandle, env: Env) {
  const throttle = new LoginThrottle(env.LOGIN_MAX_PER_MINUTE, 15 * 60_000);

  app.post(
    '/api/auth/login',
    { config: { rateLimit: { max: env.LOGIN_MAX_PER_MINUTE, timeWindow: '1 minute' } } },
    async (req, reply) => {
      const parsed = LoginSchema.safeParse(req.body);
      if (!parsed.success) {
        const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.') || 'root', i.message]));
        return reply.code(400).send({ message: 'Hãy nhập tên đăng nhập và mật khẩu.', fieldErrors });
      }
      const key = parsed.data.username.toLowerCase();
      if (throttle.isBlocked(key)) return reply.code(429).send({ message: TOO_MANY });
      const result = await login(handle.db, parsed.data, {
        absoluteTimeoutMs: absoluteTimeoutMs(env),
        userAgent: req.headers['user-agent'],
        ipAddress: req.ip,
      });
      if (!result.ok) {
        throttle.recordFailure(key);
        return reply.code(401).send({ message: WRONG_CREDENTIALS });
      }
      throttle.reset(key);
      // Rotate: a session id known before login (fixation) is discarded.
      const previous = sessionToken(req);
      if (previous) await logout(handle.db, previous);
      setSessionCookie(reply, env, result.token, result.expiresAt);
      const user = await findSessionUser(handle.db, { token: result.token, idleTimeoutMs: idleTimeoutMs(env) });
      return reply.send({ user });
    },
  );

  app.post('/api/auth/logout', async (req, reply) => {
    const token = sessionToken(req);
    if (token) await logout(handle.db, token);
    clearSessionCookie(reply, env);
    return reply.code(204).send();
  });

  app.get('/api/auth/me', async (req, reply) => {
    const token = sessionToken(req);
    const user = token ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env) }) : null;
    if (!user) {
      if (token) clearSessionCookie(reply, env);
      return reply.code(401).send({ message: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.' });
    }
    return reply.send({ user });
  });
}
