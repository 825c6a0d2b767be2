import { petitionKindLabels, SplitSchema, type SplitItemSchema } from '@kntc/domain';
import type { z } from 'zod';

type SplitItem = z.input<typeof SplitItemSchema>;

export const splitItemKindChoices = (['complaint', 'denunciation', 'recommendation'] as const).map((id) => ({ id, name: petitionKindLabels[id] }));

/** The dialog's rows as the API takes them; anything malformed is left for the schema to name. */
export function toSplitItems(items: unknown): SplitItem[] {
  if (!Array.isArray(items)) return [];
  return items.map((item: unknown) => {
    const row = typeof item === 'object' && item !== null ? (item as Record<string, unknown>) : {};
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    return { kind: text(row.kind) as SplitItem['kind'], summary: text(row.summary), content: text(row.content) };
  });
}

/** Field errors keyed as the form names them ("items.1.summary"), from the same schema the server uses. */
export function validateSplit(values: Record<string, unknown>): Record<string, unknown> {
  const result = SplitSchema.safeParse(toSplitItems(values.items));
  if (result.success) return {};
  const errors: Record<string, unknown> = {};
  for (const issue of result.error.issues) {
    const path = ['items', ...issue.path.map(String)];
    let node = errors;
    for (const [i, key] of path.entries()) {
      if (i === path.length - 1) {
        node[key] ??= issue.message;
      } else {
        const next = (node[key] as Record<string, unknown> | undefined) ?? {};
        node[key] = next;
        node = next;
      }
    }
  }
  return errors;
}
