import { element, escapeXml } from './xml';

export type FeedItem = {
  title: string;
  url: string;
  description: string;
  /** ISO timestamp of publication. */
  publishedAt: string | null;
  category: string;
};

export type Feed = { title: string; siteUrl: string; feedUrl: string; description: string; items: readonly FeedItem[] };

/** An ISO timestamp as RSS wants it (RFC 822), or null when it cannot be read. */
export function rfc822(isoTimestamp: string): string | null {
  const instant = new Date(isoTimestamp);
  return Number.isNaN(instant.getTime()) ? null : instant.toUTCString();
}

/** An RSS 2.0 document; every text is escaped, so a "<" or "&" in a title cannot break the feed. */
export function buildRss(feed: Feed): string {
  const newest = feed.items.map((i) => i.publishedAt).find(Boolean);
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      `<guid isPermaLink="true">${escapeXml(item.url)}</guid>`,
      element('description', item.description),
      element('category', item.category),
      element('pubDate', item.publishedAt ? rfc822(item.publishedAt) : null),
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.siteUrl),
    element('description', feed.description),
    '<language>vi</language>',
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    element('lastBuildDate', newest ? rfc822(newest) : null),
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
