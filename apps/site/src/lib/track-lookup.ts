import type { Loaded } from './api';
import type { RateLimiter } from './rate-limit';
import { readTrackingCode, TRACKING_CODE_FIELD, type TrackLetterResult } from './tracking';

export type LookupOutcome =
  | { kind: 'found'; statusLabel: string; nextDate: string | null; nextDateLabel: string | null }
  | { kind: 'not_found' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'unavailable' };

type Deps = {
  trackLetter: (code: string, visitorAddress: string) => Promise<Loaded<TrackLetterResult>>;
  visitorLimiter: RateLimiter;
  siteLimiter: RateLimiter;
  now?: number;
};

/**
 * One submitted lookup, from the form field to what the page shows. Every attempt counts
 * against the limits, well-formed or not, before anything is looked up.
 */
export async function lookUpLetter(form: FormData | null, visitorAddress: string, deps: Deps): Promise<LookupOutcome> {
  const now = deps.now ?? Date.now();
  const visitor = deps.visitorLimiter.hit(visitorAddress, now);
  if (!visitor.isAllowed) return { kind: 'rate_limited', retryAfterSeconds: visitor.retryAfterSeconds };
  const site = deps.siteLimiter.hit('*', now);
  if (!site.isAllowed) return { kind: 'rate_limited', retryAfterSeconds: site.retryAfterSeconds };

  const code = readTrackingCode(form?.get(TRACKING_CODE_FIELD) ?? null);
  if (code === null) return { kind: 'not_found' };
  const result = await deps.trackLetter(code, visitorAddress);
  if (!result.ok) return result.isRateLimited ? { kind: 'rate_limited', retryAfterSeconds: 600 } : { kind: 'unavailable' };
  if (!result.data.found) return { kind: 'not_found' };
  const { statusLabel, nextDate, nextDateLabel } = result.data;
  return { kind: 'found', statusLabel, nextDate, nextDateLabel };
}

/** "khoảng 3 phút" for a wait, never "0 phút". */
export const describeWait = (seconds: number): string => `khoảng ${Math.max(1, Math.ceil(seconds / 60))} phút`;
