import { type IsoDate } from '../common/iso-date.js';

/** A calendar month, 'YYYY-MM': the dashboard's charts count per month of the Vietnamese legal date. */
export type MonthKey = string;

export const monthOf = (date: IsoDate): MonthKey => date.slice(0, 7);

const monthIndex = (month: MonthKey): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthAt = (index: number): MonthKey => `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Moves a month by `delta` months, across years. */
export const shiftMonth = (month: MonthKey, delta: number): MonthKey => monthAt(monthIndex(month) + delta);

/** How many calendar months a range of days touches, both ends included. */
export const monthCount = (from: IsoDate, to: IsoDate): number => monthIndex(monthOf(to)) - monthIndex(monthOf(from)) + 1;

/** Every month the range touches, oldest first; partial first and last months included. */
export function monthsOfRange(from: IsoDate, to: IsoDate): MonthKey[] {
  const first = monthIndex(monthOf(from));
  return Array.from({ length: Math.max(0, monthCount(from, to)) }, (_, i) => monthAt(first + i));
}

/** "T3/2026" for a chart's axis, "Tháng 3/2026" where there is room. */
export const shortMonthLabel = (month: MonthKey): string => `T${String(Number(month.slice(5, 7)))}/${month.slice(0, 4)}`;
export const monthLabel = (month: MonthKey): string => `Tháng ${String(Number(month.slice(5, 7)))}/${month.slice(0, 4)}`;
