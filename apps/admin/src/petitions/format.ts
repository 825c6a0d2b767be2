/** 'YYYY-MM-DD' → 'dd/mm/yyyy', as Vietnamese documents write dates; no time zone involved. */
export function formatIsoDate(value: unknown): string {
  if (typeof value !== 'string') return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
}
