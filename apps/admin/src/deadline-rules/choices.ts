import {
  confidenceMarkLabels,
  confidenceMarks,
  deadlineRuleKeyLabels,
  deadlineRuleKeys,
  deadlineUnitLabels,
  deadlineUnits,
} from '@kntc/domain';

export const ruleKeyChoices = deadlineRuleKeys.map((id) => ({ id, name: `${deadlineRuleKeyLabels[id]} (${id})` }));
export const unitChoices = deadlineUnits.map((id) => ({ id, name: deadlineUnitLabels[id] }));
export const confidenceChoices = confidenceMarks.map((id) => ({ id, name: `${id} – ${confidenceMarkLabels[id]}` }));
