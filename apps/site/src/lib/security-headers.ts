/**
 * No page runs script, so the policy forbids all of it: an injected <script> in a
 * publication's text could not run even if escaping failed somewhere.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Headers of every page of the built site. HSTS only when the site's public address is https:
 * sent over plain HTTP it would be ignored, and on a test machine it would pin localhost to TLS.
 */
export function securityHeaders(siteUrl: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    // A citizen following a link from a publication tells the other site nothing about what they read.
    // Not "no-referrer": under it browsers send `Origin: null` with the site's own form posts, and
    // the lookup form's origin check could not tell them from a forged post.
    'Referrer-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(siteUrl.startsWith('https://') ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}
