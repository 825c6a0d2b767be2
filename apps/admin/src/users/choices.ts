import { roleCodes, roleLabels } from '@kntc/domain';

export const roleChoices = roleCodes.map((id) => ({ id, name: roleLabels[id] }));
