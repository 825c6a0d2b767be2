/**
 * Headers the back office is served with (vite.config.ts; a production reverse proxy should send
 * the same). Scripts come only from the bundle's own files: no inline script, no eval, so an
 * injected <script> in a letter's text could not run even if escaping failed somewhere.
 * Styles allow 'unsafe-inline' because MUI (emotion) writes its <style> elements at run time;
 * styles cannot run code. Images allow data: for the authenticator QR code the API draws.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const common: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The built back office (`vite preview`, what scripts/start.mjs runs). */
export const previewHeaders: Record<string, string> = { ...common, 'Content-Security-Policy': contentSecurityPolicy };

/** The dev server injects React's refresh preamble as an inline script, so it gets everything but the CSP. */
export const devHeaders: Record<string, string> = { ...common };

/** Inline <script> elements (without src) in an HTML page: the built index.html must have none. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes))
    .map(([element]) => element);
}
