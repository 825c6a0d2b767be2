import {
  caseKindLabels,
  caseKinds,
  caseStatusLabels,
  caseStatuses,
  deadlineStatusLabels,
  deadlineStatuses,
  verdictLabels,
  verdicts,
  verificationStepKindLabels,
  verificationStepKinds,
} from '@kntc/domain';

// Labels come from the domain package, so the back office, documents and reports name things alike.
export const caseKindChoices = caseKinds.map((id) => ({ id, name: caseKindLabels[id] }));
export const caseStatusChoices = caseStatuses.map((id) => ({ id, name: caseStatusLabels[id] }));
export const dueStatusChoices = deadlineStatuses.map((id) => ({ id, name: deadlineStatusLabels[id] }));
export const verdictChoices = verdicts.map((id) => ({ id, name: verdictLabels[id] }));
export const verificationStepKindChoices = verificationStepKinds.map((id) => ({ id, name: verificationStepKindLabels[id] }));
