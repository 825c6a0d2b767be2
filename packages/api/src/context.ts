import type { Db, DbKind, SessionUser, ThrottlePolicy, VaultKeyring } from '@kntc/db';
import type { LookupLimiter } from './lookup-limit.js';

/**
 * What a procedure may add to its audit row through `ctx.audit`: a note (the reason given to reveal an
 * identity) and the record it wrote when the router's default does not name it. Never raw input or
 * anyone's personal details: the log is kept for years and read by auditors.
 */
export type AuditNote = { note?: string; entity?: string; entityId?: string };

/** Built per request by the HTTP host; the database is injected, never imported. */
export type Context = {
  db: Db;
  dbKind: DbKind;
  user: SessionUser | null;
  requestId: string;
  ipAddress: string | undefined;
  now: () => Date;
  /** Server-side secrets that never reach the database: the tracking-code key and the identity vault keys. */
  secrets: { tracking: Buffer; vault: VaultKeyring };
  /** The signed-in session's id (SHA-256 of its cookie), so a password change can keep it and end the others. */
  sessionId?: string | undefined;
  /** Installation settings the procedures enforce (REQUIRE_TOTP_FOR_REVEAL, failed-attempt limits); absent means the defaults. */
  security?: { requireTotpForReveal: boolean; throttle?: ThrottlePolicy | undefined } | undefined;
  /**
   * Limits public lookups by tracking code per client address (`ipAddress`). The HTTP host always
   * sets it; absent (tests, scripts) means unlimited.
   */
  lookupLimiter?: LookupLimiter | undefined;
  /**
   * The request's Idempotency-Key (`idempotencyKeyOf`): a mutation sent again with it has its effect
   * once and answers as the first time. Absent: every call runs.
   */
  idempotencyKey?: string | undefined;
  /** The uploaded-files store, for procedures that destroy records (retention): removes a blob no record uses. */
  blobs?: { remove(sha256: string): Promise<void> } | undefined;
};
