import { zodResolver } from '@hookform/resolvers/zod';
import { CatalogueItemSchema, catalogueNames, type CatalogueName } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';
import { descendantCodes, pathLabel, treeOrder, type CatalogueEntry } from './catalogue-tree';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;
type ResolverErrors = Awaited<ReturnType<FormResolver>>['errors'];

/** A new item is active, at the top level and, until the user says otherwise, sorted first. */
export const blankItem = { sortOrder: 0, isActive: true, parentCode: null, nationalCode: null };

/**
 * What an item form sends: only the schema's fields, and a sort order left empty as absent (the
 * schema's default), since a cleared number input holds null.
 */
export function cleanItemValues(values: Record<string, unknown>): Record<string, unknown> {
  const picked = pickEditable(CatalogueItemSchema, values);
  if (picked.sortOrder === null || picked.sortOrder === '') delete picked.sortOrder;
  return picked;
}

type ItemDraft = { catalogue?: unknown; code?: unknown; parentCode?: unknown };

const asCatalogue = (value: unknown): CatalogueName | undefined =>
  catalogueNames.find((name) => name === value);

/**
 * The parents an item may have: items of its own catalogue, except itself and those below it
 * (which would make a loop). Inactive items are not offered, but the current parent stays so the
 * form shows what is saved. `savedCode` is the code in the database, under which children are filed.
 */
export function parentChoices(items: readonly CatalogueEntry[], item: ItemDraft, savedCode?: string): { id: string; name: string }[] {
  const catalogue = asCatalogue(item.catalogue);
  if (!catalogue) return [];
  const sameCatalogue = items.filter((entry) => entry.catalogue === catalogue);
  const self = savedCode ?? (typeof item.code === 'string' ? item.code.trim() : '');
  const excluded = self ? new Set([self, ...descendantCodes(sameCatalogue, catalogue, self)]) : new Set<string>();
  return treeOrder(sameCatalogue)
    .filter((entry) => !excluded.has(entry.code) && (entry.isActive || entry.code === item.parentCode))
    .map((entry) => ({ id: entry.code, name: pathLabel(entry, sameCatalogue) }));
}

/**
 * Why the chosen parent cannot be kept, if it cannot: it belongs to another catalogue (the user
 * switched catalogue after choosing it), or it is the item itself or one of its children.
 */
export function parentError(items: readonly CatalogueEntry[], item: ItemDraft, savedCode?: string): string | undefined {
  const parentCode = typeof item.parentCode === 'string' ? item.parentCode : '';
  if (!parentCode || items.length === 0) return undefined;
  if (parentChoices(items, item, savedCode).some((choice) => choice.id === parentCode)) return undefined;
  return 'Hãy chọn mục cha trong cùng danh mục; mục cha không được là chính mục này hay mục con của nó.';
}

const itemSchema: z.ZodObject = CatalogueItemSchema;
const resolveItem = zodResolver(itemSchema);

/**
 * Validates with the API's own schema, on the values the form would actually send, then checks
 * the parent against the loaded items (the API does not check it).
 */
export function itemResolver(items: readonly CatalogueEntry[], savedCode?: string): FormResolver {
  return async (values, context, options) => {
    const result = await resolveItem(cleanItemValues(values), context, options);
    const message = parentError(items, values, savedCode);
    if (!message || 'parentCode' in result.errors) return result;
    // Shown together with the schema's messages, so the user fixes everything in one pass.
    const errors: ResolverErrors = { parentCode: { type: 'validate', message } };
    Object.assign(errors, result.errors);
    return { values: {}, errors };
  };
}
