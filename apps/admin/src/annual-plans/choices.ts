import { planItemProgressStates, planItemStatusLabels, planItemStatuses, planTimeFrameLabels, planTimeFrames } from '@kntc/domain';

export const planItemStatusChoices = planItemStatuses.map((id) => ({ id, name: planItemStatusLabels[id] }));
/** What an official records; "Chậm tiến độ" follows from the dates and is never chosen. */
export const progressStateChoices = planItemProgressStates.map((id) => ({ id, name: planItemStatusLabels[id] }));
export const timeFrameChoices = planTimeFrames.map((id) => ({ id, name: planTimeFrameLabels[id] }));
export const planLabel = (field: string) => `resources.annualPlans.fields.${field}`;
export const itemLabel = (field: string) => `resources.planItems.fields.${field}`;
