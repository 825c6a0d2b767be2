import { appRouter, type AppRouter, type Context } from '@kntc/api';
import { findSessionUser, type DbHandle } from '@kntc/db';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import type { Env } from '../env.js';
import type { Secrets } from '../secrets.js';
import { idleTimeoutMs, sessionToken } from '../session-cookie.js';

export async function registerTrpc(app: FastifyInstance, handle: DbHandle, env: Env, secrets: Secrets) {
  await app.register(fastifyTRPCPlugin, {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      async createContext({ req }): Promise<Context> {
        const token = sessionToken(req);
        const user = token ? await findSessionUser(handle.db, { token, idleTimeoutMs: idleTimeoutMs(env) }) : null;
        return { db: handle.db, dbKind: handle.kind, user, requestId: req.id, ipAddress: req.ip, now: () => new Date(), secrets };
      },
      onError({ error, path, req }) {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
        }
      },
    } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
  });
}
