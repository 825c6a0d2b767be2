import { RewardDataSchema, todayInVietnam } from '@kntc/domain';
import { blanksToNull, schemaResolver } from '../forms/schema-resolver';

type Values = Record<string, unknown>;

const OPTIONAL = ['userId', 'unitId', 'proposalNumber', 'decisionNumber', 'decisionDate', 'decisionSigner', 'breach', 'petitionId', 'caseId', 'note'] as const;

/**
 * Inputs hidden for the chosen kind and subject are not sent: an individual's record names no unit,
 * a unit's no official, and only a discipline names a breach or the letter or case it concerns.
 */
export function prepareReward(values: Values): Values {
  const out = blanksToNull(values, OPTIONAL);
  if (out.subjectType === 'official') out.unitId = null;
  if (out.subjectType === 'unit') out.userId = null;
  if (out.kind === 'reward') {
    out.breach = null;
    out.petitionId = null;
    out.caseId = null;
  }
  return out;
}

export const rewardResolver = schemaResolver(RewardDataSchema, prepareReward);

export const rewardDefaults = () => ({ kind: 'reward', subjectType: 'official', proposalDate: todayInVietnam(), userId: null, unitId: null, breach: null, petitionId: null, caseId: null });
