import {
  disciplineBreachLabels,
  disciplineBreaches,
  rewardForms,
  rewardKindLabels,
  rewardKinds,
  rewardStatusLabels,
  rewardStatuses,
  rewardSubjectLabels,
  rewardSubjects,
  type RewardSubject,
} from '@kntc/domain';

export const rewardKindChoices = rewardKinds.map((id) => ({ id, name: rewardKindLabels[id] }));
export const rewardSubjectChoices = rewardSubjects.map((id) => ({ id, name: rewardSubjectLabels[id] }));
export const rewardStatusChoices = rewardStatuses.map((id) => ({ id, name: rewardStatusLabels[id] }));
export const breachChoices = disciplineBreaches.map((id) => ({ id, name: disciplineBreachLabels[id] }));
export const allRewardFormChoices = rewardForms.map((f) => ({ id: f.code, name: f.label }));

/**
 * The forms (hình thức) the law allows for the chosen kind and subject: a unit is rewarded, never
 * disciplined here; an individual is never "tập thể lao động tiên tiến". Before both are chosen, none.
 */
export function rewardFormChoices(kind: unknown, subject: unknown): { id: string; name: string }[] {
  return rewardForms
    .filter((f) => f.kind === kind && (f.subjects as readonly RewardSubject[]).some((s) => s === subject))
    .map((f) => ({ id: f.code, name: f.label }));
}

export const label = (field: string) => `resources.rewards.fields.${field}`;
