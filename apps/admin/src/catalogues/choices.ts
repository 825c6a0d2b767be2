import { catalogueLabels, catalogueNames, contentGroupLabels, contentGroups } from '@kntc/domain';

export const catalogueChoices = catalogueNames.map((id) => ({ id, name: catalogueLabels[id] }));

/** The content columns of form 02/XLD a field of the matter can count in. */
export const contentGroupChoices = contentGroups.map((id) => ({ id, name: contentGroupLabels[id] }));
