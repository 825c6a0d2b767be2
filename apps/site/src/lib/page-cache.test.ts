import { describe, expect, it } from 'vitest';
import { createPageCache, sharedMaxAge } from './page-cache';

const PUBLIC = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=30' };

/** A page renderer that counts its renders and shows what the "API" holds at that moment. */
function site() {
  const state = { renders: 0, title: 'Kết luận A', headers: PUBLIC as Record<string, string>, status: 200 };
  const render = async () => {
    state.renders++;
    return new Response(`<h1>${state.title}</h1>`, { status: state.status, headers: state.headers });
  };
  return { state, render };
}

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://127.0.0.1:4321${path}`, { headers });

describe('createPageCache', () => {
  it('renders a public page once within its time to live, per URL with its query, and again after it', async () => {
    let clock = 0;
    const cache = createPageCache({ ttlMs: 10_000, now: () => clock });
    const { state, render } = site();
    expect(await (await cache.serve(get('/cong-khai'), render)).text()).toBe('<h1>Kết luận A</h1>');
    clock = 9_999;
    const hit = await cache.serve(get('/cong-khai'), render);
    expect(await hit.text()).toBe('<h1>Kết luận A</h1>');
    expect(hit.headers.get('Age')).toBe('9');
    expect(hit.headers.get('Content-Security-Policy')).toBeNull();
    expect(hit.headers.get('Cache-Control')).toBe('public, max-age=30');
    expect(state.renders).toBe(1);
    await cache.serve(get('/cong-khai?trang=2'), render);
    expect(state.renders).toBe(2);
    clock = 10_000;
    await cache.serve(get('/cong-khai'), render);
    expect(state.renders).toBe(3);
  });

  it('shows a takedown to every visitor once the copy expires, and at once to one who reloads', async () => {
    let clock = 0;
    const cache = createPageCache({ ttlMs: 10_000, now: () => clock });
    const { state, render } = site();
    await cache.serve(get('/cong-khai/ket-luan-a'), render);
    state.title = 'Văn bản này đã được gỡ bỏ';
    clock = 5_000;
    expect(await (await cache.serve(get('/cong-khai/ket-luan-a'), render)).text()).toContain('Kết luận A');
    // Chromium's reload sends max-age=0; the fresh render replaces the copy for everyone.
    expect(await (await cache.serve(get('/cong-khai/ket-luan-a', { 'Cache-Control': 'max-age=0' }), render)).text()).toContain('gỡ bỏ');
    expect(await (await cache.serve(get('/cong-khai/ket-luan-a'), render)).text()).toContain('gỡ bỏ');
    state.title = 'Kết luận A, đăng lại';
    clock = 14_999;
    expect(await (await cache.serve(get('/cong-khai/ket-luan-a'), render)).text()).toContain('gỡ bỏ');
    clock = 15_000;
    expect(await (await cache.serve(get('/cong-khai/ket-luan-a'), render)).text()).toContain('đăng lại');
  });

  it('never keeps a copy longer than the page’s own max-age', async () => {
    let clock = 0;
    const cache = createPageCache({ ttlMs: 30_000, now: () => clock });
    const { state, render } = site();
    state.headers = { ...PUBLIC, 'Cache-Control': 'public, max-age=5' };
    await cache.serve(get('/'), render);
    clock = 5_000;
    await cache.serve(get('/'), render);
    expect(state.renders).toBe(2);
  });

  it('keeps nothing that answers one visitor: no-store or private pages, cookies, errors, redirects, posts', async () => {
    const cache = createPageCache({ ttlMs: 10_000, now: () => 0 });
    const cases: { status?: number; headers: Record<string, string>; request?: Request }[] = [
      { headers: { 'Cache-Control': 'no-store' } },
      { headers: { 'Cache-Control': 'private, max-age=30' } },
      { headers: { 'Cache-Control': 'max-age=30' } },
      { headers: { ...PUBLIC, 'Set-Cookie': 'visitor=1; HttpOnly' } },
      { status: 503, headers: PUBLIC },
      { status: 302, headers: { ...PUBLIC, Location: '/cong-khai' } },
      { headers: PUBLIC, request: new Request('http://127.0.0.1:4321/tra-cuu', { method: 'POST', body: 'ma=ABC' }) },
    ];
    for (const [i, c] of cases.entries()) {
      const { state, render } = site();
      state.headers = c.headers;
      state.status = c.status ?? 200;
      const request = () => c.request?.clone() ?? get(`/trang-${i}`);
      await cache.serve(request(), render);
      const second = await cache.serve(request(), render);
      expect(state.renders, JSON.stringify(c)).toBe(2);
      expect(second.headers.get('Set-Cookie')).toBe(c.headers['Set-Cookie'] ?? null);
    }
    expect(cache.size()).toBe(0);
  });

  it('answers a visitor who holds the current copy with 304 and its ETag', async () => {
    const cache = createPageCache({ ttlMs: 10_000, now: () => 0 });
    const { state, render } = site();
    const first = await cache.serve(get('/cong-khai'), render);
    const etag = first.headers.get('ETag') ?? '';
    expect(etag).toMatch(/^W\/".+"$/);
    const revalidated = await cache.serve(get('/cong-khai', { 'If-None-Match': etag }), render);
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    expect(revalidated.headers.get('ETag')).toBe(etag);
    expect((await cache.serve(get('/cong-khai', { 'If-None-Match': 'W/"cu"' }), render)).status).toBe(200);
    state.title = 'Kết luận B';
    const fresh = await cache.serve(get('/cong-khai', { 'Cache-Control': 'no-cache', 'If-None-Match': etag }), render);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('ETag')).not.toBe(etag);
  });

  it('shares one render among visitors who arrive while it runs, and renders for each when it cannot be kept', async () => {
    const cache = createPageCache({ ttlMs: 10_000, now: () => 0 });
    const { state, render } = site();
    const pages = await Promise.all(Array.from({ length: 5 }, () => cache.serve(get('/cong-khai'), render)));
    expect(state.renders).toBe(1);
    expect(new Set(await Promise.all(pages.map((p) => p.text())))).toEqual(new Set(['<h1>Kết luận A</h1>']));
    state.status = 503;
    const failing = await Promise.all(Array.from({ length: 3 }, () => cache.serve(get('/thong-ke'), render)));
    expect(failing.map((r) => r.status)).toEqual([503, 503, 503]);
    expect(state.renders).toBe(4);
  });

  it('forgets a render that threw, so the next visitor tries again', async () => {
    const cache = createPageCache({ ttlMs: 10_000, now: () => 0 });
    await expect(cache.serve(get('/'), () => Promise.reject(new Error('API down')))).rejects.toThrow('API down');
    const { state, render } = site();
    await cache.serve(get('/'), render);
    expect(state.renders).toBe(1);
  });

  it('holds at most maxEntries pages and none larger than maxBodyBytes, whatever URLs visitors make up', async () => {
    const cache = createPageCache({ ttlMs: 10_000, maxEntries: 3, maxBodyBytes: 100, now: () => 0 });
    const { state, render } = site();
    for (let i = 0; i < 10; i++) await cache.serve(get(`/cong-khai?q=${i}`), render);
    expect(cache.size()).toBe(3);
    await cache.serve(get('/cong-khai?q=9'), render);
    expect(state.renders).toBe(10);
    await cache.serve(get('/cong-khai?q=0'), render);
    expect(state.renders).toBe(11);
    state.title = 'x'.repeat(200);
    const big = await cache.serve(get('/lon'), render);
    expect((await big.text()).length).toBeGreaterThan(100);
    await cache.serve(get('/lon'), render);
    expect(state.renders).toBe(13);
  });

  it('is off with a time to live of 0', async () => {
    const cache = createPageCache({ ttlMs: 0 });
    const { state, render } = site();
    await cache.serve(get('/'), render);
    await cache.serve(get('/'), render);
    expect(state.renders).toBe(2);
  });
});

describe('sharedMaxAge', () => {
  it('reads what a shared cache may keep', () => {
    const of = (cacheControl: string, status = 200) => sharedMaxAge(new Response('', { status, headers: { 'Cache-Control': cacheControl } }));
    expect(of('public, max-age=30')).toBe(30);
    expect(of('public, max-age=30, s-maxage=10')).toBe(10);
    expect(of('public, max-age=0')).toBeNull();
    expect(of('public, no-cache, max-age=30')).toBeNull();
    expect(of('public, max-age=30', 404)).toBeNull();
  });
});
