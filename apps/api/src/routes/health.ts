import type { DbHandle } from '@kntc/db';
import type { FastifyInstance } from 'fastify';

/** 503 when the database does not answer, so a load balancer stops sending traffic here. */
export function registerHealth(app: FastifyInstance, handle: DbHandle) {
  app.get('/healthz', async (_req, reply) => {
    const ok = await handle.ping();
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', db: handle.kind });
  });
}
