import type { APIRoute } from 'astro';
import { env } from '../env';
import { publicApi } from '../lib/api';
import { vietnamDateOf } from '../lib/dates';
import { isTakenDown, publicationPath } from '../lib/publications';
import { mainNav } from '../lib/site';
import { buildSitemap, type SitemapEntry } from '../lib/sitemap';

/** The router's largest page; the sitemap protocol's 50 000 URLs bound the number of pages read. */
const PER_PAGE = 200;
const MAX_PAGES = 249;

/**
 * The sections and every publication still shown in full, read page by page from the API. One
 * urlset, under the name crawlers and @astrojs/sitemap users expect.
 */
export const GET: APIRoute = async () => {
  const entries: SitemapEntry[] = mainNav.map((item) => ({ url: `${env.SITE_URL}${item.href}` }));
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await publicApi.publications({ pagination: { page, perPage: PER_PAGE } });
    if (!result.ok) {
      return new Response('Không tải được dữ liệu, vui lòng thử lại sau.', {
        status: 503,
        headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
      });
    }
    for (const p of result.data.data) {
      // A taken-down copy keeps its page (the notice and the reason) but has nothing to index.
      if (isTakenDown(p)) continue;
      entries.push({ url: `${env.SITE_URL}${publicationPath(p.slug)}`, lastModified: p.publishedAt ? vietnamDateOf(p.publishedAt) : null });
    }
    if (page * PER_PAGE >= result.data.total) break;
  }
  return new Response(buildSitemap(entries), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=300' },
  });
};
