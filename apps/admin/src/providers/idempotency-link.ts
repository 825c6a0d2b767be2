import type { AppRouter } from '@kntc/api/client';
import type { TRPCClientError, TRPCLink } from '@trpc/client';

/**
 * The key a mutation is sent with. A caller that wants one key for a whole logical submit (a
 * dialog that may be confirmed twice) passes its own: `mutate(input, { context: { idempotencyKey } })`.
 */
export type IdempotencyContext = { idempotencyKey?: string };

/** A random UUID v4; crypto.randomUUID exists only in secure contexts, getRandomValues everywhere. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Gives every mutation its key once, before the retry link: each resend of the operation then
 * carries the same key and the server answers it with the first result instead of acting again.
 *
 * A mutation identical to one this tab sent less than `reuseWithinMs` ago (same procedure, same
 * input) reuses that one's key: that is a double click or a form submitted twice, and the server
 * then acts once and gives both the same answer. A deliberate repeat of the same input that soon
 * would be refused anyway (its record's version has moved on) or is the same request.
 */
export function idempotencyKeyLink(options: { reuseWithinMs?: number; now?: () => number } = {}): TRPCLink<AppRouter> {
  const reuseWithinMs = options.reuseWithinMs ?? 2000;
  const now = options.now ?? Date.now;
  const recent = new Map<string, { key: string; at: number }>();
  const keyFor = (path: string, input: unknown) => {
    const at = now();
    for (const [request, entry] of recent) if (at - entry.at >= reuseWithinMs) recent.delete(request);
    const request = `${path}\n${JSON.stringify(input) ?? ''}`;
    const entry = recent.get(request) ?? { key: newIdempotencyKey(), at };
    recent.set(request, entry);
    return entry.key;
  };
  return () =>
    ({ op, next }) => {
      if (op.type !== 'mutation' || typeof op.context.idempotencyKey === 'string') return next(op);
      return next({ ...op, context: { ...op.context, idempotencyKey: keyFor(op.path, op.input) } });
    };
}

/**
 * Whether a failed mutation is worth sending again: no answer at all (the network, or a proxy's
 * page that is not tRPC's), or the server or a proxy saying it is briefly unavailable. Anything the
 * API itself refused (validation, permission, a stale version) would only be refused again.
 */
export function isTransientFailure(error: TRPCClientError<AppRouter>): boolean {
  const status = error.data?.httpStatus;
  return status === undefined || status === 502 || status === 503 || status === 504;
}
