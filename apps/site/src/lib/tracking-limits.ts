import { createRateLimiter } from './rate-limit';

const TEN_MINUTES = 10 * 60_000;

/** Lookups one visitor address may make: plenty for a citizen mistyping a code, useless for guessing. */
export const visitorLookupLimiter = createRateLimiter({ limit: 10, windowMs: TEN_MINUTES });

/**
 * All visitors together. The node adapter takes the visitor's address from X-Forwarded-For when
 * present, which a client can forge unless a reverse proxy overwrites it; this cap bounds what
 * forged addresses can do. Far above what a provincial department's citizens ever need.
 */
export const siteLookupLimiter = createRateLimiter({ limit: 600, windowMs: TEN_MINUTES });
