import { appRouter, createLookupLimiter, IDEMPOTENCY_HEADER, idempotencyKeyOf, toTRPCError, type AppRouter, type Context } from '@kntc/api';
import { findSessionUser, sessionIdOf, type DbHandle } from '@kntc/db';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import { filesDir, type Env } from '../env.js';
import { BlobStore } from '../storage/blob-store.js';
import type { Secrets } from '../secrets.js';
import { idleTimeoutMs, sessionToken } from '../session-cookie.js';
import { loginThrottlePolicy } from './auth.js';

export async function registerTrpc(app: FastifyInstance, handle: DbHandle, env: Env, secrets: Secrets, now: () => Date = () => new Date()) {
  const security = { requireTotpForReveal: env.REQUIRE_TOTP_FOR_REVEAL, throttle: loginThrottlePolicy(env) };
  const blobs = new BlobStore(filesDir(env));
  // One limiter per app: tracking-code lookups are counted per client address (req.ip, which honours TRUST_PROXY).
  const lookupLimiter = createLookupLimiter({ max: env.TRACK_LOOKUPS_MAX, windowMs: env.TRACK_LOOKUPS_WINDOW_MINUTES * 60_000 });
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      // One request cannot fan out into an unbounded number of procedure calls (the admin client sends at most this many).
      maxBatchSize: 100,
      async createContext({ req, info }): Promise<Context> {
        // Checked before the session lookup: a malformed key is refused whoever sends it.
        const idempotencyKey = idempotencyKeyOf(req.headers[IDEMPOTENCY_HEADER], { type: info.type, calls: info.calls.length });
        const token = sessionToken(req, env);
        // Reading the session is the first query of every call: a database that went away must be a 503 here too.
        const user = token
          ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env), now: now() }).catch((error: unknown) => {
              throw toTRPCError(error);
            })
          : null;
        return {
          db: handle.db,
          dbKind: handle.kind,
          user,
          requestId: req.id,
          ipAddress: req.ip,
          now,
          secrets,
          sessionId: user && token ? sessionIdOf(token) : undefined,
          security,
          blobs,
          lookupLimiter,
          idempotencyKey,
        };
      },
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
        } else if (error.code === 'SERVICE_UNAVAILABLE') {
          req.log.warn({ err: error.cause ?? error, path }, 'database unavailable');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
}
