import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { Env } from './env.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Strict headers for a JSON API, no caching of answers, and a cross-site check on
 * every state-changing request that a browser could send with the session cookie.
 */
export async function registerSecurity(app: FastifyInstance, env: Env) {
  const secure = env.SECURE_COOKIES ?? env.NODE_ENV === 'production';
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
    hsts: secure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  const trusted = new Set(env.TRUSTED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean));

  app.addHook('onRequest', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    const site = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const crossSite = site === 'cross-site' || (origin !== undefined && !trusted.has(origin));
    if (crossSite) {
      return reply.code(403).send({ message: 'Yêu cầu từ trang web khác bị từ chối.' });
    }
  });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('Cache-Control', 'no-store');
  });
}
