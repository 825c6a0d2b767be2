import { petitionKinds, type PetitionKind } from '../petitions/enums.js';
import { monthOf, monthsOfRange, type MonthKey } from './months.js';
import { type DashboardLetterReceipt } from './records.js';
import { isInDashboardPeriod, isInDashboardUnit, type DashboardScope } from './scope.js';

/** Letters received in one month, per kind (flat, so a chart stacks the kinds directly). */
export type LettersMonth = { month: MonthKey; total: number } & Record<PetitionKind, number>;

const emptyKinds = (): Record<PetitionKind, number> => ({ complaint: 0, denunciation: 0, recommendation: 0, mixed: 0 });

/** Đơn tiếp nhận theo tháng và loại đơn: register letters by the month they were received. */
export function lettersByMonthAndKind(receipts: readonly DashboardLetterReceipt[], scope: DashboardScope): LettersMonth[] {
  const months = new Map<MonthKey, LettersMonth>(monthsOfRange(scope.from, scope.to).map((month) => [month, { month, total: 0, ...emptyKinds() }]));
  for (const r of receipts) {
    if (!r.inRegister || !isInDashboardUnit(r, scope) || !isInDashboardPeriod(r.receivedDate, scope)) continue;
    const bucket = months.get(monthOf(r.receivedDate));
    if (!bucket) continue;
    bucket[r.kind] += r.count;
    bucket.total += r.count;
  }
  return [...months.values()];
}

/** The period's letters per kind, from the monthly figures. */
export function lettersByKind(months: readonly LettersMonth[]): Record<PetitionKind, number> {
  const out = emptyKinds();
  for (const m of months) for (const kind of petitionKinds) out[kind] += m[kind];
  return out;
}
