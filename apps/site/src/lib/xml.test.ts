import { describe, expect, it } from 'vitest';
import { buildRss, rfc822 } from './rss';
import { buildSitemap } from './sitemap';
import { escapeXml } from './xml';

describe('escapeXml', () => {
  it('escapes markup characters and drops characters XML forbids', () => {
    expect(escapeXml(`<b>"Kết luận" & 'QĐ'</b>`)).toBe('&lt;b&gt;&quot;Kết luận&quot; &amp; &apos;QĐ&apos;&lt;/b&gt;');
    expect(escapeXml('a\u0000b\u0008c\td')).toBe('abc\td');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });
});

describe('rfc822', () => {
  it('writes an instant as RSS dates want it', () => {
    expect(rfc822('2026-11-04T02:00:00.000Z')).toBe('Wed, 04 Nov 2026 02:00:00 GMT');
    expect(rfc822('không phải ngày')).toBeNull();
  });
});

describe('buildRss', () => {
  const feed = {
    title: 'Văn bản công khai',
    siteUrl: 'https://kntc.example.gov.vn/',
    feedUrl: 'https://kntc.example.gov.vn/rss.xml',
    description: 'Kết luận & quyết định',
    items: [
      {
        title: 'Kết luận <số 31> & "tố cáo"',
        url: 'https://kntc.example.gov.vn/cong-khai/31-kl?x=1&y=2',
        description: 'Tóm tắt',
        publishedAt: '2026-11-04T02:00:00.000Z',
        category: 'Kết luận nội dung tố cáo',
      },
      { title: 'Chưa có ngày', url: 'https://kntc.example.gov.vn/cong-khai/b', description: '', publishedAt: null, category: 'Kết luận thanh tra' },
    ],
  };

  it('is RSS 2.0 with each item escaped', () => {
    const xml = buildRss(feed);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml).toContain('<title>Kết luận &lt;số 31&gt; &amp; &quot;tố cáo&quot;</title>');
    expect(xml).toContain('<guid isPermaLink="true">https://kntc.example.gov.vn/cong-khai/31-kl?x=1&amp;y=2</guid>');
    expect(xml).toContain('<pubDate>Wed, 04 Nov 2026 02:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Wed, 04 Nov 2026 02:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<description>Kết luận &amp; quyết định</description>');
    expect(xml).toContain('<language>vi</language>');
    expect(xml.match(/<item>/g)).toHaveLength(2);
    // No raw markup from the data survives.
    expect(xml).not.toContain('<số 31>');
  });

  it('leaves out empty elements instead of writing empty tags', () => {
    const xml = buildRss({ ...feed, items: [feed.items[1] ?? feed.items[0]] as typeof feed.items });
    expect(xml).not.toContain('<pubDate>');
    expect(xml).not.toContain('<description></description>');
  });
});

describe('buildSitemap', () => {
  it('lists each URL, escaped, with its day of last change when known', () => {
    const xml = buildSitemap([
      { url: 'https://kntc.example.gov.vn/' },
      { url: 'https://kntc.example.gov.vn/cong-khai?nam=2026&loai=a', lastModified: '2026-11-04' },
    ]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://kntc.example.gov.vn/</loc></url>');
    expect(xml).toContain('<url><loc>https://kntc.example.gov.vn/cong-khai?nam=2026&amp;loai=a</loc><lastmod>2026-11-04</lastmod></url>');
  });
});
