import { element } from './xml';

export type SitemapEntry = { url: string; lastModified?: string | null };

/** A sitemap `<urlset>`; `lastModified` is a YYYY-MM-DD day. Limited to 50 000 URLs by the protocol. */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) => `<url>${element('loc', e.url)}${element('lastmod', e.lastModified)}</url>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
