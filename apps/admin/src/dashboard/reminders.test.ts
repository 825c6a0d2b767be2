import { describe, expect, it } from 'vitest';
import type { Reminder } from '../providers/data-provider';
import { firstReminders, groupReminders, reminderPath, reminderTitle, sortReminders, tierHintKey } from './reminders';

const reminder = (over: Partial<Reminder>): Reminder => ({
  subjectType: 'petition',
  id: 'p1',
  number: '1/2026',
  summary: 'Trích yếu',
  dueDate: '2026-12-10',
  state: 'due_soon',
  tier: 'assignee',
  ...over,
});

describe('sortReminders', () => {
  it('lists the overdue first, each group by due date, letters before cases on the same day', () => {
    const list = [
      reminder({ id: 'soon-late', dueDate: '2026-12-12' }),
      reminder({ id: 'over-recent', state: 'overdue', dueDate: '2026-12-05' }),
      reminder({ id: 'soon-early-case', subjectType: 'case', dueDate: '2026-12-09' }),
      reminder({ id: 'soon-early-letter', dueDate: '2026-12-09' }),
      reminder({ id: 'over-old', state: 'overdue', dueDate: '2026-11-20' }),
    ];
    expect(sortReminders(list).map((r) => r.id)).toEqual(['over-old', 'over-recent', 'soon-early-letter', 'soon-early-case', 'soon-late']);
    // The input is left as it was.
    expect(list[0]?.id).toBe('soon-late');
  });

  it('orders receipt numbers of the same day numerically', () => {
    const list = [reminder({ id: 'b', number: '10/2026' }), reminder({ id: 'a', number: '9/2026' }), reminder({ id: 'c', number: null })];
    expect(sortReminders(list).map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('reminder helpers', () => {
  it('cuts the list and says how many are left', () => {
    expect(firstReminders([1, 2, 3], 2)).toEqual({ shown: [1, 2], hidden: 1 });
    expect(firstReminders([1], 10)).toEqual({ shown: [1], hidden: 0 });
  });

  it('groups the overdue before the due soon, each sorted, and leaves out an empty group', () => {
    const list = [
      reminder({ id: 'soon', dueDate: '2026-12-02' }),
      reminder({ id: 'over-2', state: 'overdue', dueDate: '2026-11-25' }),
      reminder({ id: 'over-1', state: 'overdue', dueDate: '2026-11-02' }),
    ];
    expect(groupReminders(list).map((g) => [g.state, g.reminders.map((r) => r.id)])).toEqual([
      ['overdue', ['over-1', 'over-2']],
      ['due_soon', ['soon']],
    ]);
    expect(groupReminders([reminder({ id: 'soon' })]).map((g) => g.state)).toEqual(['due_soon']);
    expect(groupReminders([])).toEqual([]);
  });

  it('links a letter and a case to their pages', () => {
    expect(reminderPath(reminder({ id: 'abc' }))).toBe('/petitions/abc/show');
    expect(reminderPath(reminder({ id: 'xyz', subjectType: 'case' }))).toBe('/cases/xyz/show');
  });

  it('hints the escalation to leaders only', () => {
    expect(tierHintKey('assignee')).toBeNull();
    expect(tierHintKey('unit_head')).toBe('kntc.reminders.tiers.unit_head');
    expect(tierHintKey('director')).toBe('kntc.reminders.tiers.director');
  });

  it('titles a letter by receipt number, a draft without one, and a case by its number', () => {
    expect(reminderTitle(reminder({ number: '12/2026' }))).toEqual({ key: 'kntc.reminders.letter', number: '12/2026' });
    expect(reminderTitle(reminder({ number: null }))).toEqual({ key: 'kntc.reminders.letter_draft' });
    expect(reminderTitle(reminder({ subjectType: 'case', number: '3/2026' }))).toEqual({ key: 'kntc.reminders.case', number: '3/2026' });
  });
});
