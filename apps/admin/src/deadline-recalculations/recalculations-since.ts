type RecalculationLike = { id: string; affected: number };

/**
 * The recalculations recorded after the one that was newest before a save, from a list sorted
 * newest first. `null` means the history was empty then; an id no longer in the list (pushed out
 * of the page by many saves) counts the whole list.
 */
export function recalculationsSince<R extends RecalculationLike>(previousNewestId: string | null, newestFirst: readonly R[]): R[] {
  if (previousNewestId === null) return [...newestFirst];
  const index = newestFirst.findIndex((r) => r.id === previousNewestId);
  return index === -1 ? [...newestFirst] : newestFirst.slice(0, index);
}

/** How many letters had their due date moved by these recalculations. */
export const lettersMoved = (recalculations: readonly RecalculationLike[]): number =>
  recalculations.reduce((sum, r) => sum + r.affected, 0);
