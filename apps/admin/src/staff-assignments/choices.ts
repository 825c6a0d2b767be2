import { allowanceCategories, allowanceCategoryLabels, inspectorRankLabels, inspectorRanks, staffDuties, staffDutyLabels } from '@kntc/domain';

// Labels live in the domain package so screens and printed lists name things alike.
export const dutyChoices = staffDuties.map((id) => ({ id, name: staffDutyLabels[id] }));
export const inspectorRankChoices = inspectorRanks.map((id) => ({ id, name: inspectorRankLabels[id] }));
export const allowanceCategoryChoices = allowanceCategories.map((id) => ({ id, name: allowanceCategoryLabels[id] }));
export const label = (field: string) => `resources.staffAssignments.fields.${field}`;
