import type { CatalogueName } from '@kntc/domain';

/** What the tree helpers need of an item; rows from catalogues.list fit. */
export type CatalogueEntry = {
  catalogue: CatalogueName;
  code: string;
  name: string;
  parentCode: string | null;
  sortOrder: number;
  isActive: boolean;
};

export const PATH_SEPARATOR = ' › ';

const bySortOrder = (a: CatalogueEntry, b: CatalogueEntry) => a.sortOrder - b.sortOrder || a.code.localeCompare(b.code);

/** A parent is looked up within the item's own catalogue: codes repeat across catalogues ("khac"). */
const keyOf = (catalogue: string, code: string) => `${catalogue}\u0000${code}`;

function indexByCode<T extends CatalogueEntry>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [keyOf(item.catalogue, item.code), item]));
}

/** The item and its ancestors, root first; a loop in the data (A under B under A) stops the walk. */
function ancestry<T extends CatalogueEntry>(item: T, index: Map<string, T>): T[] {
  const chain = [item];
  const seen = new Set([item.code]);
  let parentCode = item.parentCode;
  while (parentCode && !seen.has(parentCode)) {
    const parent = index.get(keyOf(item.catalogue, parentCode));
    if (!parent) break;
    chain.unshift(parent);
    seen.add(parent.code);
    parentCode = parent.parentCode;
  }
  return chain;
}

/** "Hành chính › Kỷ luật cán bộ, công chức, viên chức" for a child; the name alone for a top item. */
export function pathLabel(item: CatalogueEntry, items: readonly CatalogueEntry[]): string {
  return ancestry(item, indexByCode(items))
    .map((entry) => entry.name)
    .join(PATH_SEPARATOR);
}

/**
 * Items in reading order: each parent followed by its children, siblings by sort order then code.
 * An item whose parent is missing from the list is shown as a top item rather than dropped.
 */
export function treeOrder<T extends CatalogueEntry>(items: readonly T[]): T[] {
  const index = indexByCode(items);
  const childrenOf = new Map<string, T[]>();
  const roots: T[] = [];
  for (const item of items) {
    const parent = item.parentCode ? index.get(keyOf(item.catalogue, item.parentCode)) : undefined;
    if (!parent || parent === item) {
      roots.push(item);
      continue;
    }
    const key = keyOf(parent.catalogue, parent.code);
    childrenOf.set(key, [...(childrenOf.get(key) ?? []), item]);
  }
  const out: T[] = [];
  const visited = new Set<T>();
  const visit = (item: T) => {
    if (visited.has(item)) return;
    visited.add(item);
    out.push(item);
    for (const child of [...(childrenOf.get(keyOf(item.catalogue, item.code)) ?? [])].sort(bySortOrder)) visit(child);
  };
  [...roots].sort((a, b) => a.catalogue.localeCompare(b.catalogue) || bySortOrder(a, b)).forEach(visit);
  // Items caught in a parent loop have no root above them; they still appear, at the end.
  items.filter((item) => !visited.has(item)).forEach(visit);
  return out;
}

/** Codes of the items below `code` in its catalogue, at any depth. */
export function descendantCodes(items: readonly CatalogueEntry[], catalogue: CatalogueName, code: string): Set<string> {
  const found = new Set<string>();
  let frontier = [code];
  while (frontier.length > 0) {
    const next = items
      .filter((item) => item.catalogue === catalogue && item.parentCode !== null && frontier.includes(item.parentCode) && !found.has(item.code))
      .map((item) => item.code);
    next.forEach((c) => found.add(c));
    frontier = next.filter((c) => c !== code);
  }
  found.delete(code);
  return found;
}

/** 0 for a top item, 1 for its children, and so on (for indenting the list). */
export function depthOf(item: CatalogueEntry, items: readonly CatalogueEntry[]): number {
  return ancestry(item, indexByCode(items)).length - 1;
}

/** The parent's name, or its bare code when the parent is not in the list. */
export function parentName(item: CatalogueEntry, items: readonly CatalogueEntry[]): string | null {
  if (!item.parentCode) return null;
  const parent = items.find((entry) => entry.catalogue === item.catalogue && entry.code === item.parentCode);
  return parent ? parent.name : item.parentCode;
}
