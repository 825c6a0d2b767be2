import type { AppRouter } from '@kntc/api/client';
import { createTRPCClient, httpBatchLink, httpLink, splitLink, type TRPCClient, TRPCClientError } from '@trpc/client';
import type { z } from 'zod';
import { env } from '../env';
import { type Guide, GuideSchema } from './guide';
import {
  type PublicationDetail,
  PublicationDetailSchema,
  type PublicationFacets,
  PublicationFacetsSchema,
  type PublicationsInput,
  type PublicationsPage,
  PublicationsPageSchema,
} from './publications';
import { type ReceptionSchedule, ReceptionScheduleSchema } from './reception';
import { type Statistics, StatisticsSchema } from './statistics';
import { type TrackLetterResult, TrackLetterResultSchema } from './tracking';
import { recentAnswers } from './recent-answers';

/**
 * What a page gets from the API: the data, or the fact that it could not be read. `isNotFound`
 * and `isRateLimited` let a page answer 404 or 429 instead of 503.
 */
export type Loaded<T> = { ok: true; data: T } | { ok: false; isNotFound?: true; isRateLimited?: true };

export type PublicApi = {
  publications(input: PublicationsInput): Promise<Loaded<PublicationsPage>>;
  publicationFacets(): Promise<Loaded<PublicationFacets>>;
  publication(slug: string): Promise<Loaded<PublicationDetail>>;
  receptionSchedule(): Promise<Loaded<ReceptionSchedule>>;
  /** `visitorAddress` is forwarded so an API behind TRUST_PROXY limits each visitor, not the site as a whole. */
  trackLetter(code: string, visitorAddress: string): Promise<Loaded<TrackLetterResult>>;
  statistics(year?: number): Promise<Loaded<Statistics>>;
  guide(): Promise<Loaded<Guide>>;
};

type Options = { baseUrl: string; timeoutMs: number; onError?: (procedure: string, error: unknown) => void };

const logError = (procedure: string, error: unknown) => {
  // Logged server-side only; the visitor sees a polite message and a 503.
  console.error(`[site] API call public.${procedure} failed:`, error instanceof Error ? error.message : error);
};

const errorCodeOf = (error: unknown): string | undefined => {
  if (!(error instanceof TRPCClientError)) return undefined;
  const data: unknown = error.data;
  return data && typeof data === 'object' && 'code' in data && typeof data.code === 'string' ? data.code : undefined;
};

/**
 * The site's only door to data: the API's `public` router over HTTP. Calls made
 * in the same tick are batched into one request, except tracking lookups, which go alone
 * so each carries its own visitor's address. A call never throws: an unreachable, slow,
 * failing or malformed answer becomes `{ ok: false }`.
 */
const RECENT_MS = 30_000;

export function createPublicApi({ baseUrl, timeoutMs, onError = logError }: Options): PublicApi {
  const url = `${baseUrl}/trpc`;
  const client: TRPCClient<AppRouter> = createTRPCClient<AppRouter>({
    links: [
      splitLink({
        condition: (op) => op.path === 'public.trackLetter',
        true: httpLink({
          url,
          headers: ({ op }) => {
            const address = op.context['visitorAddress'];
            return typeof address === 'string' && address ? { 'x-forwarded-for': address } : {};
          },
        }),
        false: httpBatchLink({ url }),
      }),
    ],
  });

  async function load<S extends z.ZodType>(
    procedure: string,
    schema: S,
    call: (signal: AbortSignal) => Promise<unknown>,
  ): Promise<Loaded<z.output<S>>> {
    try {
      return { ok: true, data: schema.parse(await call(AbortSignal.timeout(timeoutMs))) };
    } catch (error) {
      const code = errorCodeOf(error);
      // An unknown slug is an answer, not a failure: nothing to log.
      if (code === 'NOT_FOUND') return { ok: false, isNotFound: true };
      onError(procedure, error);
      return code === 'TOO_MANY_REQUESTS' ? { ok: false, isRateLimited: true } : { ok: false };
    }
  }

  // Filter choices, yearly figures and the guide change rarely and cost a scan each: kept 30 s, as
  // long as the pages' own Cache-Control, so a new publication still shows within a minute.
  const facets = recentAnswers(RECENT_MS, () =>
    load('publicationFacets', PublicationFacetsSchema, (signal) => client.public.publicationFacets.query(undefined, { signal })),
  );
  const statistics = recentAnswers(RECENT_MS, (year: number | undefined) =>
    load('statistics', StatisticsSchema, (signal) => client.public.statistics.query(year === undefined ? {} : { year }, { signal })),
  );
  const guide = recentAnswers(RECENT_MS, () => load('guide', GuideSchema, (signal) => client.public.guide.query(undefined, { signal })));

  return {
    publications: (input) =>
      load('publications', PublicationsPageSchema, (signal) => client.public.publications.query(input, { signal })),
    publicationFacets: () => facets(null),
    publication: (slug) =>
      load('publication', PublicationDetailSchema, (signal) => client.public.publication.query({ slug }, { signal })),
    receptionSchedule: () =>
      load('receptionSchedule', ReceptionScheduleSchema, (signal) => client.public.receptionSchedule.query(undefined, { signal })),
    trackLetter: (code, visitorAddress) =>
      load('trackLetter', TrackLetterResultSchema, (signal) =>
        client.public.trackLetter.query({ code }, { signal, context: { visitorAddress } }),
      ),
    statistics: (year) => statistics(year),
    guide: () => guide(null),
  };
}

export const publicApi = createPublicApi({ baseUrl: env.KNTC_API_URL, timeoutMs: env.KNTC_API_TIMEOUT_MS });
