import {
  deadlineStatusLabels,
  deadlineStatuses,
  petitionChannelLabels,
  petitionChannels,
  petitionKindLabels,
  petitionKinds,
  petitionStatusLabels,
  petitionStatuses,
} from '@kntc/domain';

// Labels live in the domain package so the admin, the site and reports name things alike.
export const kindChoices = petitionKinds.map((id) => ({ id, name: petitionKindLabels[id] }));
export const channelChoices = petitionChannels.map((id) => ({ id, name: petitionChannelLabels[id] }));
export const statusChoices = petitionStatuses.map((id) => ({ id, name: petitionStatusLabels[id] }));
export const deadlineStatusChoices = deadlineStatuses.map((id) => ({ id, name: deadlineStatusLabels[id] }));
