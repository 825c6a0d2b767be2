import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type RetentionOverview = RouterOutputs['retention']['candidates'];
export type RetentionCandidate = RetentionOverview['items'][number];
export type RetentionRuleInput = RouterInputs['retention']['updateRule'];
export type RetentionDestroyInput = RouterInputs['retention']['destroy'];

/** Hủy hồ sơ hết thời hạn lưu: the overview, the period, and the destruction decision. */
export type RetentionMethods = {
  retentionOverview(params: { signal?: AbortSignal | undefined }): Promise<{ data: RetentionOverview }>;
  updateRetentionRule(params: RetentionRuleInput): Promise<{ data: RouterOutputs['retention']['updateRule'] }>;
  destroyPetitions(params: RetentionDestroyInput): Promise<{ data: RouterOutputs['retention']['destroy'] }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const retentionMethods = (client: KntcTrpcClient): RetentionMethods => ({
  retentionOverview: ({ signal }) => call(() => client.retention.candidates.query(undefined, { signal })),
  updateRetentionRule: (input) => call(() => client.retention.updateRule.mutate(input)),
  destroyPetitions: (input) => call(() => client.retention.destroy.mutate(input)),
});

/** Letters that may be destroyed today, among those shown. */
export const dueIds = (items: readonly RetentionCandidate[]): string[] => items.filter((i) => i.isDue).map((i) => i.id);

/** What the decision form checks before sending (the server checks again). */
export function destroyFormErrors(values: { decisionRef: string; reason: string; selected: readonly string[] }): Record<string, string> {
  const errors: Record<string, string> = {};
  if (values.selected.length === 0) errors.selected = 'kntc.retention.errors.none_selected';
  if (values.decisionRef.trim().length < 3) errors.decisionRef = 'kntc.retention.errors.decision_ref';
  if (values.reason.trim().length < 10) errors.reason = 'kntc.retention.errors.reason';
  return errors;
}
