import { UNSUPPORTED_MEDIA_MESSAGE } from '@kntc/api';
import type { FastifyInstance } from 'fastify';

/**
 * The tRPC routes take JSON bodies only. tRPC's Fastify adapter would hand a multipart or url-encoded
 * body over as a stream it then fails to serialise (a 500), and both are "simple" types a cross-site
 * form can send without a preflight, so they are refused before the adapter sees them. tRPC answers
 * the refusals it makes itself (batch misuse, a missing content type) without a content type; they
 * are JSON, and say so.
 */
export function registerTrpcGuards(app: FastifyInstance) {
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/trpc/') || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (type && type !== 'application/json') return reply.code(415).send({ message: UNSUPPORTED_MEDIA_MESSAGE });
  });
  app.addHook('onSend', async (req, _reply, payload) => {
    if (!req.url.startsWith('/trpc/') || !(payload instanceof Response)) return payload;
    if (!(payload.headers.get('content-type') ?? 'text/plain').startsWith('text/plain')) return payload;
    const headers = new Headers(payload.headers);
    headers.set('content-type', 'application/json; charset=utf-8');
    return new Response(payload.body, { status: payload.status, statusText: payload.statusText, headers });
  });
}
