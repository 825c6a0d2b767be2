import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import { DATABASE_UNAVAILABLE_MESSAGE, INVALID_VALUE_MESSAGE, isInvalidValueError, UNSUPPORTED_MEDIA_MESSAGE } from '@kntc/api';
import { isDatabaseUnavailable, type DbHandle } from '@kntc/db';
import Fastify, { type FastifyBaseLogger, type FastifyError } from 'fastify';
import type { Logger } from 'pino';
import type { Env } from './env.js';
import { createLogger } from './logger.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerFileRoutes } from './routes/files.js';
import { registerHealth } from './routes/health.js';
import { registerTrpc } from './routes/trpc.js';
import { registerTrpcGuards } from './routes/trpc-guards.js';
import { loadSecrets, type Secrets } from './secrets.js';
import { registerSecurity } from './security.js';

/** Redaction: no cookies, tokens, passwords or identity fields in any log line (see logger.ts). */
export { createLogger };

/** What tests swap: the clock sessions and sign-in codes are checked against. */
export type AppOptions = { now?: () => Date };

const clientErrorMessages: Record<number, string> = {
  400: 'Yêu cầu không hợp lệ.',
  404: 'Không tìm thấy địa chỉ được yêu cầu.',
  405: 'Phương thức không được hỗ trợ.',
  413: 'Dữ liệu gửi lên quá lớn.',
  415: UNSUPPORTED_MEDIA_MESSAGE,
  429: 'Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
};

/** The HTTP host: no business logic, only wiring. Tests build it with an in-memory database. */
export async function buildApp(
  handle: DbHandle,
  env: Env,
  logger: Logger = createLogger(env),
  secrets: Secrets = loadSecrets(env, logger),
  options: AppOptions = {},
) {
  const now = options.now ?? (() => new Date());
  // Typed as Fastify's base logger so route modules keep the default FastifyInstance type.
  const loggerInstance: FastifyBaseLogger = logger;
  const app = Fastify({
    loggerInstance,
    bodyLimit: env.BODY_LIMIT_BYTES,
    // tRPC batches put several procedure names in one path segment.
    routerOptions: { maxParamLength: 5000 },
    // Only behind a reverse proxy that sets X-Forwarded-For/-Proto (TRUST_PROXY); otherwise a client could fake its address.
    trustProxy: env.TRUST_PROXY,
  });

  app.setErrorHandler((error: FastifyError, req, reply) => {
    // Signing in, files and other plain routes: a database that went away is a 503 the client may retry.
    if (isDatabaseUnavailable(error)) {
      req.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send({ message: DATABASE_UNAVAILABLE_MESSAGE });
    }
    // A value the database refuses (a NUL character in a sign-in name, a number out of range) is the request's fault.
    if (isInvalidValueError(error)) return reply.code(400).send({ message: INVALID_VALUE_MESSAGE });
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
    if (status === 500) req.log.error({ err: error }, 'request failed');
    const message =
      status === 429
        ? clientErrorMessages[429]
        : status === 400 && error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
          ? 'Dữ liệu gửi lên không phải JSON hợp lệ.'
          : (clientErrorMessages[status] ?? 'Đã có lỗi hệ thống. Vui lòng thử lại sau.');
    return reply.code(status).send({ message });
  });
  app.setNotFoundHandler((_req, reply) => reply.code(404).send({ message: clientErrorMessages[404] }));

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await registerSecurity(app, env);
  registerHealth(app, handle);
  registerAuthRoutes(app, handle, env, { secrets, now });
  registerTrpcGuards(app);
  await registerTrpc(app, handle, env, secrets, now);
  await registerFileRoutes(app, handle, env, secrets);
  return app;
}
