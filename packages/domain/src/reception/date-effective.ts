import type { IsoDate } from '../common/iso-date.js';
import type { ReceptionMode } from './visit-enums.js';

/** A rule that applies to events on or after `effectiveFrom` and, when set, before `effectiveTo`. */
export type DateEffective = { effectiveFrom: IsoDate; effectiveTo?: IsoDate | null };

export const isInForce = (rule: DateEffective, date: IsoDate) => rule.effectiveFrom <= date && (!rule.effectiveTo || date < rule.effectiveTo);

/**
 * Since when each way of receiving citizens exists. Online reception comes with Luật 136/2025/QH15
 * (Điều 3a Luật TCD) and NĐ 154/2026 chương V, both in force 01/7/2026 [S/T*].
 */
export const receptionModeRules: Record<ReceptionMode, DateEffective & { basis: string }> = {
  in_person: { effectiveFrom: '2014-07-01', basis: 'Luật Tiếp công dân 2013' },
  online: { effectiveFrom: '2026-07-01', basis: 'Luật số 136/2025/QH15 (Điều 3a Luật Tiếp công dân); Nghị định 154/2026/NĐ-CP' },
};

/** A Vietnamese message when the mode did not exist yet on the visit date, null when allowed. */
export function receptionModeError(mode: ReceptionMode, visitDate: IsoDate): string | null {
  const rule = receptionModeRules[mode];
  if (isInForce(rule, visitDate)) return null;
  const [y, m, d] = rule.effectiveFrom.split('-');
  return `Tiếp công dân trực tuyến chỉ áp dụng từ ngày ${d}/${m}/${y} (${rule.basis}).`;
}
