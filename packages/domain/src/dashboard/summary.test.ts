import { describe, expect, it } from 'vitest';
import { type WorkCalendar } from '../legal-clock/calendar.js';
import {
  type DashboardCaseResolution,
  type DashboardLetterHandling,
  type DashboardLetterReceipt,
  type DashboardOpenItem,
  type DashboardRecords,
  type DashboardVisit,
  isDashboardLetter,
} from './records.js';
import { summariseDashboard } from './summary.js';

// Wednesday 15/4/2026: due soon runs to Monday 20/4 (three working days after today), overdue before today.
const today = '2026-04-15';
const calendar: WorkCalendar = { daysOff: [], makeUpDays: [] };
const period = { from: '2026-01-01', to: today, unitId: null, today, calendar };
const none: DashboardRecords = { letterReceipts: [], letterHandlings: [], caseResolutions: [], openItems: [], visits: [] };

const receipt = (over: Partial<DashboardLetterReceipt>): DashboardLetterReceipt => ({ unitId: 'tt', receivedDate: '2026-02-03', kind: 'complaint', inRegister: true, count: 1, ...over });
const handling = (over: Partial<DashboardLetterHandling>): DashboardLetterHandling => ({ unitId: 'tt', handledDate: '2026-02-10', dueDate: '2026-02-12', inRegister: true, count: 1, ...over });
const resolution = (over: Partial<DashboardCaseResolution>): DashboardCaseResolution => ({ unitId: 'tt', signedDate: '2026-03-10', dueDate: '2026-03-10', count: 1, ...over });
const visit = (over: Partial<DashboardVisit>): DashboardVisit => ({ unitId: 'tt', date: '2026-03-02', isGroup: false, isRepeat: false, persons: 1, count: 1, ...over });
const letterItem = (over: Partial<Extract<DashboardOpenItem, { subjectType: 'petition' }>>): DashboardOpenItem => ({
  subjectType: 'petition', id: 'p', number: '1/2026', summary: 'Đơn', status: 'registered', dueDate: '2026-04-30', unitId: 'tt', assigneeId: null, assigneeName: null, ...over,
});
const caseItem = (over: Partial<Extract<DashboardOpenItem, { subjectType: 'case' }>>): DashboardOpenItem => ({
  subjectType: 'case', id: 'c', number: '1/2026', summary: 'Vụ việc', status: 'verifying', dueDate: '2026-05-30', unitId: 'tt', assigneeId: 'u1', assigneeName: 'Nguyễn Thị Thu Trang', ...over,
});

describe('letters received by month and kind', () => {
  it('counts register letters in the month received, weighted by count, within the period', () => {
    const s = summariseDashboard(
      {
        ...none,
        letterReceipts: [
          receipt({ count: 3 }),
          receipt({ kind: 'denunciation', receivedDate: '2026-02-28' }),
          receipt({ kind: 'recommendation', receivedDate: '2026-04-15' }),
          receipt({ receivedDate: '2026-04-16' }), // after the period
          receipt({ receivedDate: '2025-12-31' }), // before it
          receipt({ inRegister: isDashboardLetter('draft') }), // not in the register
          receipt({ inRegister: isDashboardLetter('split') }), // counted through its items
          receipt({ inRegister: isDashboardLetter('duplicate') }), // merged into the letter it repeats
        ],
      },
      period,
    );
    expect(s.months).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(s.lettersByMonth.map((m) => [m.month, m.complaint, m.denunciation, m.recommendation, m.mixed, m.total])).toEqual([
      ['2026-01', 0, 0, 0, 0, 0],
      ['2026-02', 3, 1, 0, 0, 4],
      ['2026-03', 0, 0, 0, 0, 0],
      ['2026-04', 0, 0, 1, 0, 1],
    ]);
    expect(s.totals.lettersReceived).toBe(5);
    expect(s.totals.lettersByKind).toEqual({ complaint: 3, denunciation: 1, recommendation: 1, mixed: 0 });
  });

  it('a unit sees only the letters its officials handle', () => {
    const records = { ...none, letterReceipts: [receipt({ unitId: 'tt', count: 2 }), receipt({ unitId: 'vp' }), receipt({ unitId: null })] };
    expect(summariseDashboard(records, period).totals.lettersReceived).toBe(4);
    expect(summariseDashboard(records, { ...period, unitId: 'tt' }).totals.lettersReceived).toBe(2);
    expect(summariseDashboard(records, { ...period, unitId: 'vp' }).totals.lettersReceived).toBe(1);
  });
});

describe('on-time handling by month', () => {
  it('on time is on or before the due date; no deadline is never on time; rates are null without handling', () => {
    const s = summariseDashboard(
      {
        ...none,
        letterHandlings: [
          handling({ count: 2 }), // two days early
          handling({ handledDate: '2026-02-12' }), // on the due day
          handling({ handledDate: '2026-02-13' }), // a day late
          handling({ dueDate: null }), // no deadline recorded
          handling({ inRegister: isDashboardLetter('duplicate'), count: 5 }), // merged: not counted
        ],
        caseResolutions: [resolution({}), resolution({ signedDate: '2026-03-11', dueDate: '2026-03-10' })],
      },
      period,
    );
    const feb = s.onTimeByMonth[1];
    expect(feb).toMatchObject({ month: '2026-02', lettersHandled: 5, lettersOnTime: 3, letterRate: 0.6, casesResolved: 0, caseRate: null });
    expect(s.onTimeByMonth[2]).toMatchObject({ month: '2026-03', lettersHandled: 0, letterRate: null, casesResolved: 2, casesOnTime: 1, caseRate: 0.5 });
    expect(s.totals).toMatchObject({ lettersHandled: 5, lettersOnTime: 3, letterRate: 0.6, casesResolved: 2, casesOnTime: 1, caseRate: 0.5 });
  });

  it('still-open items count as overdue in the month their deadline passed; suspended cases never do', () => {
    const s = summariseDashboard(
      {
        ...none,
        openItems: [
          letterItem({ id: 'a', dueDate: '2026-03-31' }),
          caseItem({ id: 'b', dueDate: '2026-03-02' }),
          caseItem({ id: 'c', dueDate: '2026-03-02', status: 'suspended' }),
          letterItem({ id: 'd', dueDate: today }), // due today: not yet late
          letterItem({ id: 'e', dueDate: '2025-11-03' }), // late since before the period: in no month, still in the card
          caseItem({ id: 'f', dueDate: '2026-02-02', status: 'issued' }), // resolved: not open
        ],
      },
      period,
    );
    expect(s.onTimeByMonth.map((m) => m.openOverdue)).toEqual([0, 0, 2, 0]);
    expect(s.totals.overdue).toBe(3);
  });
});

describe('open cases, overdue and due-soon lists', () => {
  const items = [
    caseItem({ id: 'c1', number: '3/2026', dueDate: '2026-04-14', status: 'verifying' }),
    caseItem({ id: 'c2', number: '4/2026', dueDate: '2026-06-01', status: 'verifying', assigneeId: 'u2', assigneeName: 'Phạm Văn Dũng' }),
    caseItem({ id: 'c3', number: '5/2026', dueDate: '2026-04-20', status: 'drafting' }),
    caseItem({ id: 'c4', number: '6/2026', dueDate: '2026-01-10', status: 'suspended', assigneeId: null, assigneeName: null }),
    caseItem({ id: 'c5', number: '7/2026', dueDate: '2026-01-10', status: 'closed' }),
    letterItem({ id: 'p1', number: '10/2026', dueDate: '2026-04-01' }),
    letterItem({ id: 'p2', number: '11/2026', dueDate: '2026-04-15' }),
    letterItem({ id: 'p3', number: '12/2026', dueDate: '2026-04-21' }), // four working days away: on time
    letterItem({ id: 'p4', number: '9/2026', dueDate: '2026-04-14', status: 'pending_approval' }),
    letterItem({ id: 'p5', number: '13/2026', dueDate: '2026-04-01', status: 'guided' }), // handled
  ];
  const s = summariseDashboard({ ...none, openItems: items }, period);

  it('lists every stage in workflow order with its overdue share', () => {
    expect(s.openCasesByStage.map((r) => [r.status, r.count, r.overdue])).toEqual([
      ['accepted', 0, 0],
      ['verifying', 2, 1],
      ['dialogue', 0, 0],
      ['drafting', 1, 0],
      ['pending_signature', 0, 0],
      ['suspended', 1, 0],
    ]);
    expect(s.totals.openCases).toBe(4);
    expect(s.totals.openLetters).toBe(4);
  });

  it('puts the heaviest officer first and names cases nobody has', () => {
    expect(s.openCasesByOfficer).toEqual([
      { assigneeId: 'u1', name: 'Nguyễn Thị Thu Trang', count: 2, overdue: 1 },
      { assigneeId: null, name: 'Chưa phân công', count: 1, overdue: 0 },
      { assigneeId: 'u2', name: 'Phạm Văn Dũng', count: 1, overdue: 0 },
    ]);
  });

  it('sorts the overdue list by due date, letters first on a day, with days late', () => {
    expect(s.overdue.total).toBe(3);
    expect(s.overdue.items.map((i) => [i.id, i.days])).toEqual([['p1', 14], ['p4', 1], ['c1', 1]]);
    expect(s.dueSoon.total).toBe(2);
    expect(s.dueSoon.items.map((i) => [i.id, i.days])).toEqual([['p2', 0], ['c3', 5]]);
  });

  it('shows the first items only and keeps the full count', () => {
    const short = summariseDashboard({ ...none, openItems: items }, { ...period, listLimit: 1 });
    expect(short.overdue).toMatchObject({ total: 3, items: [{ id: 'p1' }] });
  });
});

describe('repeat and group visits by month', () => {
  it('counts visits, persons, groups and repeats per month', () => {
    const s = summariseDashboard(
      {
        ...none,
        visits: [
          visit({ persons: 2, count: 2 }),
          visit({ isGroup: true, persons: 12 }),
          visit({ isRepeat: true, date: '2026-04-01' }),
          visit({ isGroup: true, isRepeat: true, persons: 6, date: '2026-04-02' }),
          visit({ date: '2026-05-01' }), // after the period
        ],
      },
      period,
    );
    expect(s.visitsByMonth.map((m) => [m.visits, m.persons, m.groupVisits, m.repeatVisits])).toEqual([
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [3, 16, 1, 0],
      [2, 7, 1, 2],
    ]);
    expect(s.totals).toMatchObject({ visits: 5, persons: 23, groupVisits: 2, repeatVisits: 2 });
  });
});
