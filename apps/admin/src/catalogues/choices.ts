import { catalogueLabels, catalogueNames } from '@kntc/domain';

export const catalogueChoices = catalogueNames.map((id) => ({ id, name: catalogueLabels[id] }));
