/*
 * Figures as Vietnamese administrative reports write them: counts below ten with a leading zero
 * ("05 lượt"), thousands grouped with dots ("1.234 đơn"), decimals after a comma ("85,7%").
 */

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** "0", "05", "12", "1.234". */
export function formatCount(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Not a count: ${String(n)}`);
  return n > 0 && n < 10 ? `0${String(n)}` : groupThousands(String(n));
}

/** "85,7%" (one decimal, dropped when whole: "100%"); null when there is nothing to divide by. */
export function formatPercent(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const tenths = Math.round((part * 1000) / whole);
  const whole10 = Math.trunc(tenths / 10);
  const decimal = tenths % 10;
  return `${groupThousands(String(whole10))}${decimal === 0 ? '' : `,${String(decimal)}`}%`;
}
