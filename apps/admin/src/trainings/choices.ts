import { trainingKindLabels, trainingKinds } from '@kntc/domain';

export const trainingKindChoices = trainingKinds.map((id) => ({ id, name: trainingKindLabels[id] }));
export const label = (field: string) => `resources.trainings.fields.${field}`;
