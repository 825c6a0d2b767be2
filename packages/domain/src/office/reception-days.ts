import type { IsoDate } from '../common/iso-date.js';
import { allowanceRateOn, type AllowanceCategory, type AllowanceRate } from './allowance-rates.js';
import { isAssignmentActiveOn } from './staff-assignments.js';

/** A line of the reception register, by who received the citizen. */
export type WorkedVisit = { date: IsoDate; receivingOfficialId: string };
/** A session of the head's reception, by who hosted it. */
export type WorkedSession = { date: IsoDate; hostUserId: string | null; isCancelled: boolean };
export type WorkPeriod = { from: IsoDate; to: IsoDate };

/**
 * Ngày tiếp công dân: the distinct days in the period on which the official received citizens, from
 * the register and the head's sessions they hosted (a cancelled session was not worked). The
 * allowance is paid per working day (NĐ 64/2014 Đ19–22), so three visits on one day are one day.
 */
export function receptionDaysWorked(
  records: { visits: readonly WorkedVisit[]; sessions: readonly WorkedSession[] },
  officialId: string,
  period: WorkPeriod,
): IsoDate[] {
  const days = new Set<IsoDate>();
  const inPeriod = (d: IsoDate) => period.from <= d && d <= period.to;
  for (const v of records.visits) if (v.receivingOfficialId === officialId && inPeriod(v.date)) days.add(v.date);
  for (const s of records.sessions) if (!s.isCancelled && s.hostUserId === officialId && inPeriod(s.date)) days.add(s.date);
  return [...days].sort();
}

type AssignmentForAllowance = { dateAssigned: IsoDate; dateEnded: IsoDate | null; allowanceCategory: AllowanceCategory | null };
type RateForAllowance = Pick<AllowanceRate, 'category' | 'effectiveFrom' | 'amountPerDay' | 'legalBasis' | 'confidence'> & { id: string };

export type AllowanceLine = { rateId: string; category: AllowanceCategory; amountPerDay: number; legalBasis: string; confidence: AllowanceRate['confidence']; days: number; amount: number };

export type ReceptionAllowance = {
  days: IsoDate[];
  /** One line per rate applied, in the order first used. */
  lines: AllowanceLine[];
  amount: number;
  /** Days worked with no assignment entitling the official to an allowance (not assigned, or no category). */
  unentitledDays: IsoDate[];
  /** Days whose category had no rate in force yet: the rate table needs a row. */
  unratedDays: IsoDate[];
  /** Whether any rate used is still unconfirmed, so the amount must be checked before paying. */
  hasUnconfirmedRate: boolean;
};

/**
 * Bồi dưỡng tiếp công dân for the days worked: each day at the rate of the category of the
 * assignment current that day, in force that day, so a change of post or of circular mid-period
 * splits the amount exactly where it happened.
 */
export function receptionAllowance(days: readonly IsoDate[], assignments: readonly AssignmentForAllowance[], rates: readonly RateForAllowance[]): ReceptionAllowance {
  const lines = new Map<string, AllowanceLine>();
  const unentitledDays: IsoDate[] = [];
  const unratedDays: IsoDate[] = [];
  for (const day of days) {
    const category = assignments.find((a) => isAssignmentActiveOn(a, day))?.allowanceCategory ?? null;
    if (category === null) {
      unentitledDays.push(day);
      continue;
    }
    const rate = allowanceRateOn(rates, category, day);
    if (!rate) {
      unratedDays.push(day);
      continue;
    }
    const line = lines.get(rate.id) ?? { rateId: rate.id, category, amountPerDay: rate.amountPerDay, legalBasis: rate.legalBasis, confidence: rate.confidence, days: 0, amount: 0 };
    line.days += 1;
    line.amount += rate.amountPerDay;
    lines.set(rate.id, line);
  }
  const all = [...lines.values()];
  return {
    days: [...days],
    lines: all,
    amount: all.reduce((sum, l) => sum + l.amount, 0),
    unentitledDays,
    unratedDays,
    hasUnconfirmedRate: all.some((l) => l.confidence === 'unconfirmed'),
  };
}
