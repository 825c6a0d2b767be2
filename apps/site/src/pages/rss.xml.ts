import type { APIRoute } from 'astro';
import { env } from '../env';
import { publicApi } from '../lib/api';
import { isTakenDown, publicationKindLabel, publicationPath } from '../lib/publications';
import { buildRss } from '../lib/rss';
import { RSS_PATH, site } from '../lib/site';

const FEED_SIZE = 50;

/** The latest publications as RSS 2.0; copies taken down are left out, their text being withdrawn. */
export const GET: APIRoute = async () => {
  const latest = await publicApi.publications({ pagination: { page: 1, perPage: FEED_SIZE } });
  if (!latest.ok) {
    return new Response('Không tải được dữ liệu, vui lòng thử lại sau.', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '60', 'Cache-Control': 'no-store' },
    });
  }
  const xml = buildRss({
    title: `Văn bản công khai – ${site.agency}`,
    siteUrl: `${env.SITE_URL}/cong-khai`,
    feedUrl: `${env.SITE_URL}${RSS_PATH}`,
    description: site.description,
    items: latest.data.data
      .filter((p) => !isTakenDown(p))
      .map((p) => ({
        title: p.documentNumber ? `${p.title} (${p.documentNumber})` : p.title,
        url: `${env.SITE_URL}${publicationPath(p.slug)}`,
        description: p.summary,
        publishedAt: p.publishedAt,
        category: publicationKindLabel(p.kind),
      })),
  });
  return new Response(xml, {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8', 'Cache-Control': 'public, max-age=30' },
  });
};
