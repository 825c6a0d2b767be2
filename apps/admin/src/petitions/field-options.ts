import { pathLabel, treeOrder, type CatalogueEntry } from '../catalogues/catalogue-tree';

export type FieldChoice = { id: string; name: string; disabled?: boolean };

const fieldsOf = (items: readonly CatalogueEntry[]) => items.filter((item) => item.catalogue === 'field');

/**
 * The "Lĩnh vực" options of the intake form: the active fields in reading order, a child named
 * with its parent ("Hành chính › Kỷ luật cán bộ, công chức, viên chức"). A letter filed under a
 * field since made inactive (or removed) keeps it on screen, marked and not selectable again.
 */
export function fieldChoices(
  items: readonly CatalogueEntry[],
  currentCode: string | null | undefined,
  markInactive: (name: string) => string,
): FieldChoice[] {
  const fields = fieldsOf(items);
  const choices: FieldChoice[] = treeOrder(fields)
    .filter((item) => item.isActive)
    .map((item) => ({ id: item.code, name: pathLabel(item, fields) }));
  if (!currentCode || choices.some((choice) => choice.id === currentCode)) return choices;
  return [...choices, { id: currentCode, name: markInactive(fieldName(items, currentCode)), disabled: true }];
}

/** The field's name as the letter page and list show it, or its bare code if it is not in the list. */
export function fieldName(items: readonly CatalogueEntry[], code: string | null | undefined): string {
  if (!code) return '';
  const fields = fieldsOf(items);
  const item = fields.find((entry) => entry.code === code);
  return item ? pathLabel(item, fields) : code;
}
