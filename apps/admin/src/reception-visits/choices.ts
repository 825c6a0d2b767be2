import {
  headReceptionModeLabels,
  headReceptionModes,
  identityPaperLabels,
  identityPapers,
  receptionMatterKindLabels,
  receptionMatterKinds,
  receptionModeLabels,
  receptionModes,
  receptionOutcomeLabels,
  receptionOutcomes,
  receptionVisitKindLabels,
  receptionVisitKinds,
} from '@kntc/domain';

// Labels live in the domain package so the screens and the printed register name things alike.
export const visitKindChoices = receptionVisitKinds.map((id) => ({ id, name: receptionVisitKindLabels[id] }));
export const modeChoices = receptionModes.map((id) => ({ id, name: receptionModeLabels[id] }));
export const headReceptionChoices = headReceptionModes.map((id) => ({ id, name: headReceptionModeLabels[id] }));
export const matterKindChoices = receptionMatterKinds.map((id) => ({ id, name: receptionMatterKindLabels[id] }));
export const outcomeChoices = receptionOutcomes.map((id) => ({ id, name: receptionOutcomeLabels[id] }));
export const identityPaperChoices = identityPapers.map((id) => ({ id, name: identityPaperLabels[id] }));
