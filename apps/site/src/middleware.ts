import { defineMiddleware } from 'astro:middleware';
import { env } from './env';
import { isSameOriginRequest } from './lib/same-origin';
import { securityHeaders } from './lib/security-headers';

const headers = securityHeaders(env.SITE_URL);

export const onRequest = defineMiddleware(async (context, next) => {
  // Replaces Astro's own origin check (turned off in astro.config.mjs, see lib/same-origin.ts).
  const response = isSameOriginRequest(context.request, env.SITE_URL)
    ? await next()
    : new Response('Yêu cầu không hợp lệ: biểu mẫu phải được gửi từ chính trang này.', {
        status: 403,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      });
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
