import { formatIsoDateVi, maintenanceStateLabels, type MaintenanceState } from '@kntc/domain';
import type { StatusTone } from '../office/status-tones';

const tones: Record<MaintenanceState, StatusTone> = { ok: 'success', due_soon: 'warning', overdue: 'danger', not_applicable: 'neutral' };

/**
 * How a maintenance state shows: the domain's words (Quá hạn bảo trì, Sắp đến hạn bảo trì, Trong hạn
 * bảo trì) carry the meaning, the tone only supports them; an overdue device is solid red so it
 * stands out in a long list.
 */
export const maintenanceChip = (state: MaintenanceState): { label: string; tone: StatusTone } => ({ label: maintenanceStateLabels[state], tone: tones[state] });

/** "Quá hạn 45 ngày (hạn 01/10/2026)" or "Còn 12 ngày (hạn …)": the message key and its arguments. */
export function dueText(maintenance: { dueDate: string | null; daysLeft: number | null }): { key: string; args: Record<string, unknown> } | null {
  if (maintenance.dueDate === null || maintenance.daysLeft === null) return null;
  const date = formatIsoDateVi(maintenance.dueDate);
  return maintenance.daysLeft < 0
    ? { key: 'kntc.office.equipment.days_overdue', args: { days: -maintenance.daysLeft, date } }
    : { key: 'kntc.office.equipment.days_left', args: { days: maintenance.daysLeft, date } };
}
