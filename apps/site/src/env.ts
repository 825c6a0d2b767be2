import { z } from 'zod';

/**
 * The site's settings, read once at server start. HOST and PORT are read by the
 * node adapter itself (defaults 127.0.0.1:4321 from astro.config.mjs).
 */
const EnvSchema = z.object({
  /** Base URL of apps/api; the site calls `${KNTC_API_URL}/trpc` server-side only. */
  KNTC_API_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://127.0.0.1:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  /** A page waits this long for the API before answering 503. */
  KNTC_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  /**
   * Seconds the site's server keeps a rendered public page (src/lib/page-cache.ts); 0 renders
   * every request. At most 30, the pages' own max-age: a taken-down publication is gone from
   * every page within that time, in this server and in browsers and proxies alike.
   */
  KNTC_PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(30).default(10),
  /**
   * Public origin for canonical and Open Graph URLs. Set it in production: Astro does
   * not trust the request's Host header, so the site cannot learn its own address.
   */
  SITE_URL: z
    .url({ protocol: /^https?$/ })
    .default('http://localhost:4321')
    .transform((url) => url.replace(/\/+$/, '')),
});

export type Env = z.output<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const env = parseEnv(process.env);
