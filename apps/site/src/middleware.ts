import { defineMiddleware } from 'astro:middleware';
import { env } from './env';
import { securityHeaders } from './lib/security-headers';

const headers = securityHeaders(env.SITE_URL);

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // Vite's dev server injects its own scripts; the policy applies to the built site.
  if (import.meta.env.PROD) {
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  }
  if (response.headers.get('Content-Type') === 'text/html') {
    response.headers.set('Content-Type', 'text/html; charset=utf-8');
  }
  if (!response.headers.has('Cache-Control')) {
    // Short shared caching keeps pages fast on slow links while a new publication
    // still shows within a minute; errors are never cached.
    response.headers.set('Cache-Control', response.status === 200 ? 'public, max-age=30' : 'no-store');
  }
  return response;
});
