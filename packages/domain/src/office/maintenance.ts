import { daysBetween, type IsoDate } from '../common/iso-date.js';
import { civilFromDayNumber, dayFromParts, fromDayNumber, toDayNumber } from '../legal-clock/day-number.js';
import type { EquipmentStatus, MaintenanceKind } from './equipment.js';

/** A device is flagged this many days before its maintenance falls due. */
export const MAINTENANCE_DUE_SOON_DAYS = 30;

export const maintenanceStates = ['ok', 'due_soon', 'overdue', 'not_applicable'] as const;
export type MaintenanceState = (typeof maintenanceStates)[number];
export const maintenanceStateLabels: Record<MaintenanceState, string> = {
  ok: 'Trong hạn bảo trì',
  due_soon: 'Sắp đến hạn bảo trì',
  overdue: 'Quá hạn bảo trì',
  not_applicable: 'Không theo dõi bảo trì',
};

/** The work that restarts the maintenance clock; a repair fixes a fault but is not the periodic check. */
const CLOCK_KINDS: readonly MaintenanceKind[] = ['maintenance', 'security_check'];

/** `date` plus whole calendar months, on the same day or the month's last day when it has fewer (31/1 + 1 → 28/2 or 29/2). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = civilFromDayNumber(toDayNumber(date));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const lastDay = civilFromDayNumber(dayFromParts(y, m + 1, 1) - 1).day;
  return fromDayNumber(dayFromParts(y, m, Math.min(day, lastDay)));
}

export type MaintenanceSubject = {
  status: EquipmentStatus;
  acquiredDate: IsoDate;
  maintenanceIntervalMonths: number | null;
  log: readonly { date: IsoDate; kind: MaintenanceKind }[];
};

export type MaintenanceStatus = {
  state: MaintenanceState;
  /** When the next maintenance or security check is due; null when not followed. */
  dueDate: IsoDate | null;
  /** The last check counted (or the day the device came into use). */
  lastCheckDate: IsoDate | null;
  /** Days from today to the due date: negative when overdue. */
  daysLeft: number | null;
};

/**
 * Cảnh báo bảo trì: a device in use is due one interval after its last maintenance or security
 * check (or after it came into use), due soon within 30 days of that, overdue from the next day.
 * A retired device, or one with no interval, is not followed.
 */
export function maintenanceStatus(equipment: MaintenanceSubject, today: IsoDate): MaintenanceStatus {
  if (equipment.status === 'retired' || equipment.maintenanceIntervalMonths === null) {
    return { state: 'not_applicable', dueDate: null, lastCheckDate: null, daysLeft: null };
  }
  let lastCheckDate = equipment.acquiredDate;
  for (const line of equipment.log) if (CLOCK_KINDS.includes(line.kind) && line.date > lastCheckDate) lastCheckDate = line.date;
  const dueDate = addMonths(lastCheckDate, equipment.maintenanceIntervalMonths);
  const daysLeft = daysBetween(today, dueDate);
  const state: MaintenanceState = daysLeft < 0 ? 'overdue' : daysLeft <= MAINTENANCE_DUE_SOON_DAYS ? 'due_soon' : 'ok';
  return { state, dueDate, lastCheckDate, daysLeft };
}
