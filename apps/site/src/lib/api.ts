import type { AppRouter } from '@kntc/api/client';
import { createTRPCClient, httpBatchLink, type TRPCClient } from '@trpc/client';
import type { z } from 'zod';
import { env } from '../env';
import { type PublicationsInput, type PublicationsPage, PublicationsPageSchema } from './publications';

/** What a page gets from the API: the data, or the fact that it could not be read. */
export type Loaded<T> = { ok: true; data: T } | { ok: false };

export type PublicApi = {
  publications(input: PublicationsInput): Promise<Loaded<PublicationsPage>>;
};

type Options = { baseUrl: string; timeoutMs: number; onError?: (procedure: string, error: unknown) => void };

const logError = (procedure: string, error: unknown) => {
  // Logged server-side only; the visitor sees a polite message and a 503.
  console.error(`[site] API call public.${procedure} failed:`, error instanceof Error ? error.message : error);
};

/**
 * The site's only door to data: the API's `public` router over HTTP. Calls made
 * in the same tick are batched into one request. A call never throws: an
 * unreachable, slow, failing or malformed answer becomes `{ ok: false }`.
 */
export function createPublicApi({ baseUrl, timeoutMs, onError = logError }: Options): PublicApi {
  const client: TRPCClient<AppRouter> = createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/trpc` })],
  });

  async function load<S extends z.ZodType>(
    procedure: string,
    schema: S,
    call: (signal: AbortSignal) => Promise<unknown>,
  ): Promise<Loaded<z.output<S>>> {
    try {
      return { ok: true, data: schema.parse(await call(AbortSignal.timeout(timeoutMs))) };
    } catch (error) {
      onError(procedure, error);
      return { ok: false };
    }
  }

  return {
    publications: (input) =>
      load('publications', PublicationsPageSchema, (signal) => client.public.publications.query(input, { signal })),
  };
}

export const publicApi = createPublicApi({ baseUrl: env.KNTC_API_URL, timeoutMs: env.KNTC_API_TIMEOUT_MS });
