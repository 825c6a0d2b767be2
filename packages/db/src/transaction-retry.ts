import { errorCodesOf } from './error-codes.js';

/**
 * PostgreSQL aborts a transaction with serialization_failure (40001) or deadlock_detected (40P01)
 * when concurrent transactions cannot all go through; the same transaction run again usually does.
 * PGlite, with its single connection, never raises either.
 */
const RETRYABLE_CODES = new Set(['40001', '40P01']);

/**
 * Whether an error, or any error it wraps (drizzle's DrizzleQueryError, a TRPCError), is a
 * serialisation failure or a deadlock.
 */
export const isRetryableTransactionError = (error: unknown): boolean => errorCodesOf(error).some((code) => RETRYABLE_CODES.has(code));

export type TransactionRetryOptions = {
  /** Runs in all, the first included. */
  attempts?: number;
  /** The delay before the n-th retry is random in [0, min(maxDelayMs, baseDelayMs · 2ⁿ)) ("full jitter"). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called before each retry, e.g. to log it. */
  onRetry?: (info: { attempt: number; delayMs: number; error: unknown }) => void;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
};

export const DEFAULT_TRANSACTION_ATTEMPTS = 5;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` (which must open and finish its own transaction) again when it fails on a
 * serialisation failure or a deadlock, at most `attempts` times in all, after a random delay so
 * that the transactions that collided do not collide again in step. Any other error, and the last
 * retryable one, reach the caller unchanged.
 */
export async function retryTransaction<T>(attempt: (attemptNumber: number) => Promise<T>, options: TransactionRetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? DEFAULT_TRANSACTION_ATTEMPTS;
  const baseDelayMs = options.baseDelayMs ?? 10;
  const maxDelayMs = options.maxDelayMs ?? 500;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  for (let n = 1; ; n++) {
    try {
      return await attempt(n);
    } catch (error) {
      if (n >= attempts || !isRetryableTransactionError(error)) throw error;
      const delayMs = Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** n));
      options.onRetry?.({ attempt: n, delayMs, error });
      await sleep(delayMs);
    }
  }
}
