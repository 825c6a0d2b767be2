import type { AppRouter } from '@kntc/api/client';
import { createTRPCClient, httpBatchLink, retryLink, splitLink, type TRPCClient } from '@trpc/client';
import { idempotencyKeyLink, isTransientFailure } from './idempotency-link';

export type KntcTrpcClient = TRPCClient<AppRouter>;

export type KntcTrpcClientOptions = {
  /** Sends of one mutation in all, the first included. */
  mutationAttempts?: number;
  /** Wait before resend n (1, 2…). */
  retryDelayMs?: (attempt: number) => number;
  /** Milliseconds since the epoch, for the double-submit window (tests move it). */
  clock?: () => number;
};

/** About half a second, then a second, with jitter so that clients cut off together do not come back together. */
const defaultRetryDelayMs = (attempt: number) => attempt * 500 + Math.floor(Math.random() * 250);

/**
 * Same-origin calls: the session cookie travels with them and no CORS is involved. Queries go in
 * batches. Each mutation goes alone with its own Idempotency-Key (the server refuses one key for a
 * batch of writes) and is sent again, with the same key, when the network or a proxy failed it.
 */
export function createKntcTrpcClient(url = '/trpc', fetch?: typeof globalThis.fetch, options: KntcTrpcClientOptions = {}): KntcTrpcClient {
  const attempts = options.mutationAttempts ?? 3;
  return createTRPCClient<AppRouter>({
    links: [
      idempotencyKeyLink(options.clock ? { now: options.clock } : {}),
      splitLink({
        condition: (op) => op.type === 'mutation',
        true: [
          retryLink({
            retry: ({ error, attempts: made }) => made < attempts && isTransientFailure(error),
            retryDelayMs: options.retryDelayMs ?? defaultRetryDelayMs,
          }),
          httpBatchLink({
            url,
            fetch,
            maxItems: 1,
            headers: ({ opList }) => {
              const key = opList[0].context.idempotencyKey;
              return typeof key === 'string' ? { 'Idempotency-Key': key } : {};
            },
          }),
        ],
        false: httpBatchLink({
          url,
          fetch,
          // Batched GETs carry their input in the URL; past this length tRPC splits the batch.
          maxURLLength: 2000,
        }),
      }),
    ],
  });
}

export const trpc = createKntcTrpcClient();
