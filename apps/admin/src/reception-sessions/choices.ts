import { directionStatuses, directionStatusLabels, receptionSessionKindLabels, receptionSessionKinds, receptionSessionStatuses, receptionSessionStatusLabels } from '@kntc/domain';

export const sessionKindChoices = receptionSessionKinds.map((id) => ({ id, name: receptionSessionKindLabels[id] }));
export const sessionStatusChoices = receptionSessionStatuses.map((id) => ({ id, name: receptionSessionStatusLabels[id] }));
export const directionStatusChoices = directionStatuses.map((id) => ({ id, name: directionStatusLabels[id] }));
/** Named as the server's messages name them, so an error reads like the choice on screen. */
export const hostModeChoices = [
  { id: 'in_person', name: 'Giám đốc trực tiếp tiếp' },
  { id: 'authorised', name: 'Cấp phó được ủy quyền tiếp' },
];
export const label = (field: string) => `resources.receptionSessions.fields.${field}`;
export const directionLabel = (field: string) => `resources.receptionDirections.fields.${field}`;
