import { publicationKindLabels, publicationKinds, publicationStateLabels, publicationStates, redactionKindLabels, redactionKinds } from '@kntc/domain';

export const publicationStateChoices = publicationStates.map((id) => ({ id, name: publicationStateLabels[id] }));
export const publicationKindChoices = publicationKinds.map((id) => ({ id, name: publicationKindLabels[id] }));
/** What an officer may mark by hand: anything but the vault's own kinds, which only the protected terms produce. */
export const manualMaskKindChoices = redactionKinds
  .filter((id) => id !== 'denouncer' && id !== 'protected_person')
  .map((id) => ({ id, name: redactionKindLabels[id] }));
