import type { APIRoute } from 'astro';
import { env } from '../env';

/** An endpoint, not a static file: the sitemap line needs the public address, known only at start. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${env.SITE_URL}/sitemap-index.xml\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'public, max-age=3600' },
  });
