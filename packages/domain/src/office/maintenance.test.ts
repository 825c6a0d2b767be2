import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDate } from '../common/iso-date.js';
import { maintenanceKinds } from './equipment.js';
import { addMonths, MAINTENANCE_DUE_SOON_DAYS, maintenanceStatus, type MaintenanceSubject } from './maintenance.js';

const device = (extra: Partial<MaintenanceSubject> = {}): MaintenanceSubject => ({
  status: 'in_use',
  acquiredDate: '2025-01-15',
  maintenanceIntervalMonths: 6,
  log: [],
  ...extra,
});

describe('months on legal dates', () => {
  it('keeps the day, or falls back to the month\'s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2026-03-10', 12)).toBe('2027-03-10');
  });
});

describe('maintenance status', () => {
  it('is due one interval after the last maintenance or security check, soon within 30 days, overdue from the next day', () => {
    expect(maintenanceStatus(device(), '2025-06-01')).toMatchObject({ state: 'ok', dueDate: '2025-07-15', lastCheckDate: '2025-01-15' });
    expect(maintenanceStatus(device(), '2025-06-15')).toMatchObject({ state: 'due_soon', daysLeft: 30 });
    expect(maintenanceStatus(device(), '2025-07-15')).toMatchObject({ state: 'due_soon', daysLeft: 0 });
    expect(maintenanceStatus(device(), '2025-07-16')).toMatchObject({ state: 'overdue', daysLeft: -1 });
    const checked = device({ log: [{ date: '2025-07-10', kind: 'security_check' }, { date: '2025-09-01', kind: 'repair' }] });
    expect(maintenanceStatus(checked, '2025-09-02')).toMatchObject({ state: 'ok', dueDate: '2026-01-10', lastCheckDate: '2025-07-10' });
  });

  it('does not follow a retired device or one without an interval', () => {
    expect(maintenanceStatus(device({ status: 'retired' }), '2030-01-01')).toEqual({ state: 'not_applicable', dueDate: null, lastCheckDate: null, daysLeft: null });
    expect(maintenanceStatus(device({ maintenanceIntervalMonths: null }), '2030-01-01').state).toBe('not_applicable');
  });

  const dayArb = fc.integer({ min: 0, max: 3000 }).map((n) => shiftDate('2020-01-01', n));
  const subjectArb = fc.record({
    status: fc.constantFrom('in_use' as const, 'under_repair' as const),
    acquiredDate: dayArb,
    maintenanceIntervalMonths: fc.integer({ min: 1, max: 60 }),
    log: fc.array(fc.record({ date: dayArb, kind: fc.constantFrom(...maintenanceKinds) }), { maxLength: 8 }),
  });

  it('the due date follows the last check; the state agrees with the days left', () => {
    fc.assert(
      fc.property(subjectArb, dayArb, (subject, today) => {
        const s = maintenanceStatus(subject, today);
        if (s.dueDate === null || s.lastCheckDate === null || s.daysLeft === null) throw new Error('followed device without a due date');
        expect(s.dueDate > s.lastCheckDate).toBe(true);
        expect(daysBetween(today, s.dueDate)).toBe(s.daysLeft);
        expect(s.state).toBe(s.daysLeft < 0 ? 'overdue' : s.daysLeft <= MAINTENANCE_DUE_SOON_DAYS ? 'due_soon' : 'ok');
      }),
    );
  });

  it('a check recorded today is never overdue, and a later check never brings the due date forward', () => {
    fc.assert(
      fc.property(subjectArb, dayArb, (subject, today) => {
        fc.pre(today >= subject.acquiredDate);
        const before = maintenanceStatus(subject, today);
        const after = maintenanceStatus({ ...subject, log: [...subject.log, { date: today, kind: 'maintenance' }] }, today);
        expect(after.state).not.toBe('overdue');
        expect((after.dueDate ?? '') >= (before.dueDate ?? '')).toBe(true);
      }),
    );
  });
});
