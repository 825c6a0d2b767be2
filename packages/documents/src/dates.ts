import { isIsoDate, type IsoDate } from '@kntc/domain';

export type CalendarDate = { year: number; month: number; day: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Splits a legal date into its parts by reading the string, never through `new Date(...)` in local time,
 * so a server running in UTC or in Asia/Ho_Chi_Minh prints the same day.
 */
export function parseIsoDate(value: IsoDate): CalendarDate {
  const match = ISO_DATE.exec(value);
  if (!match || !isIsoDate(value)) throw new RangeError(`Ngày không hợp lệ: "${value}" (cần dạng YYYY-MM-DD).`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * NĐ 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months 1 and 2 take a leading zero, so a "1" or "2"
 * cannot be written in front afterwards to turn 05 into 15 or 02 into 12. Months 3–12 stay unpadded.
 */
export const padDay = (day: number): string => String(day).padStart(2, '0');
export const padMonth = (month: number): string => (month <= 2 ? String(month).padStart(2, '0') : String(month));

/** "ngày 05 tháng 3 năm 2026" */
export function formatLongDate(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `ngày ${padDay(day)} tháng ${padMonth(month)} năm ${year}`;
}

/** "Kon Tum, ngày 05 tháng 3 năm 2026": the place-and-date line under the national motto. */
export function formatPlaceAndDate(place: string, value: IsoDate): string {
  return `${place.trim()}, ${formatLongDate(value)}`;
}

/** "05/3/2026": dates quoted inside the text, with the same padding rule as the issue date. */
export function formatShortDate(value: IsoDate): string {
  const { year, month, day } = parseIsoDate(value);
  return `${padDay(day)}/${padMonth(month)}/${year}`;
}

export const yearOf = (value: IsoDate): number => parseIsoDate(value).year;
