import { type IsoDate } from '../common/iso-date.js';
import { type ReceptionSessionKind } from './schedule.js';

/** How far ahead the planning screen checks that every month has the head's periodic reception. */
export const PERIODIC_SESSION_LOOKAHEAD_MONTHS = 12;

/** A planned session as the month check sees it; a cancelled one plans nothing. */
export type PlannedSession = { date: IsoDate; kind: ReceptionSessionKind; isCancelled: boolean };

/** "2026-03" → "Tháng 03/2026 chưa có lịch tiếp công dân định kỳ của Giám đốc". */
export const missingPeriodicSessionMessage = (month: string): string =>
  `Tháng ${month.slice(5, 7)}/${month.slice(0, 4)} chưa có lịch tiếp công dân định kỳ của Giám đốc`;

/** The `count` months ('YYYY-MM') starting with the month of `from`. */
export function monthsFrom(from: IsoDate, count: number): string[] {
  const year = Number(from.slice(0, 4));
  const month = Number(from.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const m = month + i;
    return `${String(year + Math.floor(m / 12))}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
}

/**
 * The months, from today's on, in which no periodic session of the head is planned (Luật TCD
 * Đ18.1: the head receives citizens at least one day a month). Ad hoc sessions do not count:
 * they answer urgent matters and do not replace the monthly day; cancelled sessions plan nothing.
 */
export function monthsWithoutPeriodicSession(
  today: IsoDate,
  sessions: readonly PlannedSession[],
  count: number = PERIODIC_SESSION_LOOKAHEAD_MONTHS,
): { month: string; message: string }[] {
  const covered = new Set(sessions.filter((s) => s.kind === 'periodic' && !s.isCancelled).map((s) => s.date.slice(0, 7)));
  return monthsFrom(today, count)
    .filter((month) => !covered.has(month))
    .map((month) => ({ month, message: missingPeriodicSessionMessage(month) }));
}
