import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../vite.config';
import { contentSecurityPolicy, inlineScripts, previewHeaders } from './security-headers';

const directives = new Map(contentSecurityPolicy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('back office security headers', () => {
  it('allows scripts only from its own files: no inline script, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toMatch(/script-src[^;]*unsafe/);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('cannot be framed and sends no referrer', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(previewHeaders['X-Frame-Options']).toBe('DENY');
    expect(previewHeaders['Referrer-Policy']).toBe('no-referrer');
    expect(previewHeaders['X-Content-Type-Options']).toBe('nosniff');
  });

  it('is what vite preview (scripts/start.mjs) serves the built back office with', () => {
    expect(config.preview?.headers).toEqual(previewHeaders);
    expect(config.server?.headers?.['X-Content-Type-Options']).toBe('nosniff');
  });

  it('finds inline scripts and ignores external ones', () => {
    expect(inlineScripts('<script type="module" crossorigin src="/assets/index-abc.js"></script>')).toEqual([]);
    expect(inlineScripts('<script>alert(1)</script><script type="module">import x from "y"</script>')).toHaveLength(2);
  });

  it('the page source loads its code from a file, not inline', () => {
    const html = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
    expect(inlineScripts(html)).toEqual([]);
  });
});
