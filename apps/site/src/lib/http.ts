/** The writable part of `Astro.response`. */
type PageResponse = { status?: number; statusText?: string; headers: Headers };

/** A page whose data could not be read still renders, but answers 503 and is never cached. */
export function markUnavailable(response: PageResponse): void {
  response.status = 503;
  response.statusText = 'Service Unavailable';
  response.headers.set('Retry-After', '60');
  response.headers.set('Cache-Control', 'no-store');
}
