/**
 * The provisional calendar years a deadline actually ran through. The API loads the year
 * after the start as well (a count may cross New Year), and reports it even when the due
 * date falls before it; warning about a year the count never reached would only confuse.
 */
export function provisionalYearsCounted(deadline: { due: string; provisionalYears: readonly number[] }): number[] {
  const dueYear = Number(deadline.due.slice(0, 4));
  if (!Number.isInteger(dueYear)) return [...deadline.provisionalYears];
  return deadline.provisionalYears.filter((year) => year <= dueYear);
}

/** "2027" or "2026 và 2027", as the warning sentence reads. */
export function joinYears(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} và ${years[years.length - 1]}`;
}
