import type { Reminder } from '../providers/data-provider';

type ReminderLike = Pick<Reminder, 'subjectType' | 'id' | 'number' | 'dueDate' | 'state' | 'tier'>;

const stateRank: Record<Reminder['state'], number> = { overdue: 0, due_soon: 1 };
const subjectRank: Record<Reminder['subjectType'], number> = { petition: 0, case: 1 };

/**
 * Overdue first, then due soon; within each, the earliest due date first (the one overdue
 * longest, or due first), letters before cases on the same day, then by number.
 */
export function sortReminders<T extends ReminderLike>(reminders: readonly T[]): T[] {
  return [...reminders].sort(
    (a, b) =>
      stateRank[a.state] - stateRank[b.state] ||
      a.dueDate.localeCompare(b.dueDate) ||
      subjectRank[a.subjectType] - subjectRank[b.subjectType] ||
      (a.number ?? '').localeCompare(b.number ?? '', 'vi', { numeric: true }),
  );
}

/** The first `limit` reminders to list, and how many more there are. */
export function firstReminders<T>(sorted: readonly T[], limit: number): { shown: T[]; hidden: number } {
  return { shown: sorted.slice(0, limit), hidden: Math.max(0, sorted.length - limit) };
}

export type ReminderGroup<T> = { state: Reminder['state']; reminders: T[] };

/**
 * Overdue, then due soon, each sorted, empty groups left out. Listed apart so a long overdue list
 * never hides what can still be done on time.
 */
export function groupReminders<T extends ReminderLike>(reminders: readonly T[]): ReminderGroup<T>[] {
  const sorted = sortReminders(reminders);
  return (['overdue', 'due_soon'] as const)
    .map((state) => ({ state, reminders: sorted.filter((r) => r.state === state) }))
    .filter((group) => group.reminders.length > 0);
}

/** The router path of the letter or case a reminder is about. */
export function reminderPath(reminder: Pick<Reminder, 'subjectType' | 'id'>): string {
  return reminder.subjectType === 'petition' ? `/petitions/${reminder.id}/show` : `/cases/${reminder.id}/show`;
}

/** The escalation hint a leader sees on an item that reached them; none for the officer's own. */
export function tierHintKey(tier: Reminder['tier']): string | null {
  return tier === 'assignee' ? null : `kntc.reminders.tiers.${tier}`;
}

/** "Đơn số 12/2026", "Vụ việc số 3/2026", or a draft letter with no number yet. */
export function reminderTitle(reminder: Pick<Reminder, 'subjectType' | 'number'>): { key: string; number?: string } {
  if (reminder.subjectType === 'case') return { key: 'kntc.reminders.case', number: reminder.number ?? '' };
  return reminder.number ? { key: 'kntc.reminders.letter', number: reminder.number } : { key: 'kntc.reminders.letter_draft' };
}
