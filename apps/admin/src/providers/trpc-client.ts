import type { AppRouter } from '@kntc/api/client';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';

export type KntcTrpcClient = TRPCClient<AppRouter>;

/** Same-origin calls: the session cookie travels with them and no CORS is involved. */
export function createKntcTrpcClient(url = '/trpc', fetch?: typeof globalThis.fetch): KntcTrpcClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        fetch,
        // Batched GETs carry their input in the URL; past this length tRPC splits the batch.
        maxURLLength: 2000,
      }),
    ],
  });
}

export const trpc = createKntcTrpcClient();
