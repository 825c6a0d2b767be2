import type { MiddlewareHandler } from 'astro';
import { defineMiddleware } from 'astro:middleware';
import { env } from './env';
import { createPageCache } from './lib/page-cache';
import { isSameOriginRequest } from './lib/same-origin';
import { securityHeaders } from './lib/security-headers';

const headers = securityHeaders(env.SITE_URL);
// Vite's dev server reloads pages as their source changes: a kept copy would hide the change.
const pageCache = createPageCache({ ttlMs: import.meta.env.PROD ? env.KNTC_PAGE_CACHE_SECONDS * 1000 : 0 });

/** The page with the site's headers, as every visitor gets it. */
const render = async (...[context, next]: Parameters<MiddlewareHandler>): Promise<Response> => {
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
};

export const onRequest = defineMiddleware((context, next) => pageCache.serve(context.request, () => render(context, next)));
