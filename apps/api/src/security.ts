import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Env } from './env.js';
import { isSecureRequest } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** ASVS 3.4.1: at least a year, subdomains included. */
const HSTS = 'max-age=31536000; includeSubDomains';
const CROSS_SITE_MESSAGE = 'Yêu cầu từ trang web khác bị từ chối.';

/**
 * Whether a state-changing request may have been sent by another site's page riding on the
 * session cookie. Browsers say where a request comes from in Sec-Fetch-Site, and in Origin (older
 * browsers send only that): another site is refused, a sibling subdomain (same-site) only passes
 * when its origin is one of TRUSTED_ORIGINS. Requests with neither header do not come from a page.
 */
export function isCrossSite(req: FastifyRequest, trusted: ReadonlySet<string>): boolean {
  const site = req.headers['sec-fetch-site'];
  const origin = req.headers.origin;
  if (origin !== undefined && !trusted.has(origin)) return true;
  if (site === 'cross-site') return true;
  return site === 'same-site' && origin === undefined;
}

/**
 * Strict headers for a JSON API, no caching of answers, HSTS whenever the request came over TLS,
 * and a cross-site check on every state-changing request a browser could send with the cookie.
 */
export async function registerSecurity(app: FastifyInstance, env: Env) {
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
    referrerPolicy: { policy: 'no-referrer' },
    // Sent per request below: configured TLS, or a trusted proxy saying the client used https.
    hsts: false,
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  // text/plain is a "simple" content type a cross-site form or fetch can send without a CORS
  // preflight; no route takes it, so such a body never reaches a handler (415).
  app.removeContentTypeParser('text/plain');

  const trusted = new Set(env.TRUSTED_ORIGINS.split(',').map((o) => o.trim()).filter(Boolean));

  app.addHook('onRequest', async (req, reply) => {
    if (SAFE_METHODS.has(req.method)) return;
    if (isCrossSite(req, trusted)) return reply.code(403).send({ message: CROSS_SITE_MESSAGE });
  });

  app.addHook('onSend', async (req, reply) => {
    // Answers carry case data: no browser or proxy cache may keep them.
    reply.header('Cache-Control', 'no-store');
    if (isSecureRequest(req, env)) reply.header('Strict-Transport-Security', HSTS);
  });
}
