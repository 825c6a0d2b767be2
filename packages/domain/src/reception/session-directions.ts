import { type IsoDate } from '../common/iso-date.js';

/**
 * A direction the head gave at a reception, followed until done like a case measure. "Overdue" is
 * never stored: it is derived from the due date and today's Vietnamese date, so it cannot go stale.
 */
export const directionStatuses = ['pending', 'done', 'overdue'] as const;
export type DirectionStatus = (typeof directionStatuses)[number];

export const directionStatusLabels: Record<DirectionStatus, string> = {
  pending: 'Đang thực hiện',
  done: 'Đã thực hiện',
  overdue: 'Quá hạn',
};

/** Done once a result is recorded; otherwise overdue from the day after the due date. */
export function directionStatus(direction: { dueDate: IsoDate; doneDate: IsoDate | null }, today: IsoDate): DirectionStatus {
  if (direction.doneDate !== null) return 'done';
  return today > direction.dueDate ? 'overdue' : 'pending';
}
