import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

/** A publication with its redaction review, as the review screen shows it. */
export type Publication = RouterOutputs['publications']['getOne'];
export type PublicationSummary = RouterOutputs['publications']['list']['data'][number];
/** A signed decision or conclusion that has no publication yet. */
export type PublicationCandidate = RouterOutputs['publications']['candidates'][number];
export type PublicationReviewUpdate = RouterInputs['publications']['updateMasks'];
type Step = RouterInputs['publications']['approve'];
export type PublishStep = RouterInputs['publications']['publish'];
export type TakeDownStep = RouterInputs['publications']['takeDown'];

export type PublicationMethods = {
  publicationCandidates(params: { signal?: AbortSignal | undefined }): Promise<{ data: PublicationCandidate[] }>;
  createPublication(params: { caseId: string }): Promise<{ data: Publication }>;
  /** Saves the title, summary and masks; a stale version fails with the server's conflict message. */
  updatePublicationMasks(params: PublicationReviewUpdate): Promise<{ data: Publication }>;
  approvePublication(params: Step): Promise<{ data: Publication }>;
  reopenPublication(params: Step): Promise<{ data: Publication }>;
  /** Publishes from today; `postedUntil` may only lengthen the legal minimum (field error otherwise). */
  publishPublication(params: PublishStep): Promise<{ data: Publication }>;
  /** Takes a published copy down with a public reason (field error on `reason`). */
  takeDownPublication(params: TakeDownStep): Promise<{ data: Publication }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const publicationMethods = (client: KntcTrpcClient): PublicationMethods => ({
  publicationCandidates: ({ signal }) => call(() => client.publications.candidates.query(undefined, { signal })),
  createPublication: (params) => call(() => client.publications.createFromCase.mutate(params)),
  updatePublicationMasks: (params) => call(() => client.publications.updateMasks.mutate(params)),
  approvePublication: (params) => call(() => client.publications.approve.mutate(params)),
  reopenPublication: (params) => call(() => client.publications.reopen.mutate(params)),
  publishPublication: (params) => call(() => client.publications.publish.mutate(params)),
  takeDownPublication: (params) => call(() => client.publications.takeDown.mutate(params)),
});
