import { createHash } from 'node:crypto';

/**
 * A short-lived copy of whole pages in the site's server, so a burst of visitors on the same page
 * costs one API call and one render instead of one each (docs/operations.md, KNTC_PAGE_CACHE_SECONDS).
 *
 * It keeps only what a shared cache in front of the site could keep anyway: a 200 answer to a GET
 * whose Cache-Control says `public` with a max-age, and that sets no cookie. Pages that answer one
 * visitor (the tracking lookup says `no-store`), errors and redirects always render. Every public
 * page is built from the API's `public` router alone, which returns published, redacted copies
 * and aggregates, so a kept page holds nothing that was not already on the open web.
 *
 * A copy lives at most `ttlMs`, and never longer than the page's own max-age; it goes out with an
 * `Age` header, so a browser or proxy keeps it only for the rest of that max-age: a publication
 * taken down disappears everywhere within the page's max-age, as it did without this cache. A
 * visitor who reloads (`Cache-Control: no-cache` or `max-age=0`) gets a fresh render, which also
 * refreshes the copy for everyone.
 */
export type PageCacheOptions = {
  ttlMs: number;
  /** Pages kept at once; the oldest goes first. Bounds memory whatever URLs visitors make up. */
  maxEntries?: number;
  /** A larger page is served but not kept. */
  maxBodyBytes?: number;
  now?: () => number;
};

type Page = { body: string; headers: [string, string][]; etag: string; storedAt: number; expiresAt: number };
type Slot = { ready?: Page; pending?: Promise<Page | null> };

export type PageCache = {
  /** The page for `request`: from memory while fresh, else from `render`, kept if it may be shared. */
  serve(request: Request, render: () => Promise<Response>): Promise<Response>;
  /** Pages held now (tests and diagnostics). */
  size(): number;
};

/** Seconds a shared cache may keep `response`, or null when it must not keep it at all. */
export function sharedMaxAge(response: Response): number | null {
  if (response.status !== 200 || response.headers.has('set-cookie')) return null;
  const directives = (response.headers.get('cache-control') ?? '').toLowerCase().split(',').map((d) => d.trim());
  if (!directives.includes('public') || directives.some((d) => d === 'no-store' || d === 'private' || d === 'no-cache')) return null;
  const maxAge = Number(/^(?:s-maxage|max-age)=(\d+)$/.exec(directives.find((d) => d.startsWith('s-maxage=')) ?? directives.find((d) => d.startsWith('max-age=')) ?? '')?.[1]);
  return Number.isFinite(maxAge) && maxAge > 0 ? maxAge : null;
}

/** A reload asks for the current page rather than a kept copy. */
const wantsFresh = (request: Request) =>
  /(?:^|,)\s*(?:no-cache|no-store|max-age=0)\s*(?:,|$)/i.test(request.headers.get('cache-control') ?? '') ||
  /no-cache/i.test(request.headers.get('pragma') ?? '');

/** If-None-Match under the weak comparison RFC 9110 prescribes for GET. */
function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

export function createPageCache({ ttlMs, maxEntries = 500, maxBodyBytes = 1024 * 1024, now = Date.now }: PageCacheOptions): PageCache {
  const slots = new Map<string, Slot>();

  function answer(page: Page, request: Request): Response {
    const headers = new Headers(page.headers);
    headers.set('Age', String(Math.max(0, Math.floor((now() - page.storedAt) / 1000))));
    if (matchesEtag(request.headers.get('if-none-match'), page.etag)) {
      headers.delete('Content-Length');
      return new Response(null, { status: 304, headers });
    }
    return new Response(page.body, { status: 200, headers });
  }

  function keep(key: string, slot: Slot) {
    slots.delete(key);
    slots.set(key, slot);
    for (const oldest of slots.keys()) {
      if (slots.size <= maxEntries) break;
      slots.delete(oldest);
    }
  }

  async function lead(key: string, request: Request, render: () => Promise<Response>): Promise<Response> {
    let settle: (page: Page | null) => void = () => undefined;
    const slot: Slot = { pending: new Promise<Page | null>((resolve) => (settle = resolve)) };
    keep(key, slot);
    const forget = () => {
      if (slots.get(key) === slot) slots.delete(key);
      settle(null);
    };
    try {
      const response = await render();
      const maxAge = sharedMaxAge(response);
      if (maxAge === null) {
        forget();
        return response;
      }
      const body = await response.text();
      const length = Buffer.byteLength(body);
      if (length > maxBodyBytes) {
        forget();
        return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
      }
      const storedAt = now();
      const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      const headers = new Headers(response.headers);
      headers.set('ETag', etag);
      // Known length: the page goes out in one write instead of chunked.
      headers.set('Content-Length', String(length));
      const page: Page = { body, headers: [...headers], etag, storedAt, expiresAt: storedAt + Math.min(ttlMs, maxAge * 1000) };
      slot.ready = page;
      delete slot.pending;
      settle(page);
      return answer(page, request);
    } catch (error) {
      forget();
      throw error;
    }
  }

  return {
    async serve(request, render) {
      if (ttlMs <= 0 || request.method !== 'GET') return render();
      const url = new URL(request.url);
      const key = `${url.pathname}${url.search}`;
      const slot = slots.get(key);
      if (slot && !wantsFresh(request)) {
        if (slot.ready && now() < slot.ready.expiresAt) return answer(slot.ready, request);
        if (slot.pending) {
          // Visitors arriving while the page renders share that render.
          const page = await slot.pending;
          return page ? answer(page, request) : render();
        }
      }
      return lead(key, request, render);
    },
    size: () => slots.size,
  };
}
