const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether a form post comes from the site's own pages. Astro's built-in check compares the
 * Origin header with the request URL, but the node adapter builds that URL as
 * "http://localhost" unless `security.allowedDomains` names the public host at build time,
 * so it refused every real post. Here the Origin must match the public address (SITE_URL)
 * or the Host the browser connected to; a browser never lets a page of another site forge either.
 */
export function isSameOriginRequest(request: Pick<Request, 'method' | 'headers'>, siteUrl: string): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  if (request.headers.get('sec-fetch-site') === 'cross-site') return false;
  const origin = request.headers.get('origin');
  // A browser that withholds the origin (`null`, e.g. under a strict referrer policy) still says
  // in Sec-Fetch-Site, which pages cannot set, that the post comes from this very site.
  if (origin === 'null' && request.headers.get('sec-fetch-site') === 'same-origin') return true;
  if (!origin || !URL.canParse(origin)) return false;
  const { host, origin: normalized } = new URL(origin);
  if (normalized === new URL(siteUrl).origin) return true;
  const requestHost = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  return requestHost !== null && requestHost.toLowerCase() === host;
}
