import { defineMiddleware } from 'astro:middleware';

/**
 * No page runs script, so the policy forbids all of it: an injected <script> in a
 * publication's text could not run even if escaping failed somewhere.
 */
const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  // Vite's dev server injects its own scripts; the policy applies to the built site.
  if (import.meta.env.PROD) {
    for (const [name, value] of Object.entries(securityHeaders)) response.headers.set(name, value);
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
