import { describe, expect, it } from 'vitest';
import { summariseDashboard } from './summary.js';
import { dashboardTables } from './tables.js';

describe('dashboard tables', () => {
  const s = summariseDashboard(
    {
      letterReceipts: [
        { unitId: 'tt', receivedDate: '2026-02-03', kind: 'complaint', inRegister: true, count: 2 },
        { unitId: 'tt', receivedDate: '2026-03-03', kind: 'denunciation', inRegister: true, count: 1 },
      ],
      letterHandlings: [{ unitId: 'tt', handledDate: '2026-02-10', dueDate: '2026-02-09', inRegister: true, count: 2 }],
      caseResolutions: [],
      openItems: [
        { subjectType: 'petition', id: 'p', number: '3/2026', summary: 'Đơn tố cáo', status: 'registered', dueDate: '2026-03-10', unitId: 'tt', assigneeId: null, assigneeName: null },
      ],
      visits: [],
    },
    { from: '2026-02-01', to: '2026-03-31', unitId: null, today: '2026-03-31', calendar: { daysOff: [], makeUpDays: [] } },
  );
  const tables = dashboardTables(s);

  it('writes one row per month and the total row from the period totals', () => {
    const letters = tables.letters_by_month;
    expect(letters.columns.map((c) => c.label)).toEqual(['Tháng', 'Khiếu nại', 'Tố cáo', 'Kiến nghị, phản ánh', 'Nhiều nội dung', 'Tổng số']);
    expect(letters.rows).toEqual([
      ['Tháng 2/2026', 2, 0, 0, 0, 2],
      ['Tháng 3/2026', 0, 1, 0, 0, 1],
    ]);
    expect(letters.total).toEqual(['Tổng cộng', 2, 1, 0, 0, 3]);
  });

  it('keeps rates as shares and null where nothing was handled', () => {
    expect(tables.on_time_by_month.rows).toEqual([
      ['Tháng 2/2026', 2, 0, 0, 0, 0, null, 0],
      ['Tháng 3/2026', 0, 0, null, 0, 0, null, 1],
    ]);
  });

  it('lists overdue items with their number, due date and days late', () => {
    expect(tables.overdue.rows).toEqual([['Đơn', '3/2026', 'Đơn tố cáo', '', '10/3/2026', 21]]);
    expect(tables.due_soon.rows).toEqual([]);
  });
});

describe('plan progress table', () => {
  const base = { letterReceipts: [], letterHandlings: [], caseResolutions: [], openItems: [], visits: [] };
  const options = { from: '2026-01-01', to: '2026-12-31', unitId: null, today: '2026-12-01', calendar: { daysOff: [], makeUpDays: [] } } as const;

  it('counts the items at each status with their share, and totals them', () => {
    const plan = {
      year: 2026,
      plans: [{ id: 'k', number: '12/KH-SNV', date: '2026-01-05', title: 'Kế hoạch năm 2026' }],
      progress: { total: 4, byStatus: { not_started: 0, in_progress: 1, done: 2, late: 1 }, percentDone: 50, lateItems: [] },
    };
    const t = dashboardTables(summariseDashboard(base, { ...options, plan })).plan_progress;
    expect(t.columns.map((c) => c.label)).toEqual(['Tình trạng', 'Số nhiệm vụ', 'Tỷ lệ']);
    expect(t.rows).toEqual([
      ['Chưa thực hiện', 0, 0],
      ['Đang thực hiện', 1, 0.25],
      ['Đã hoàn thành', 2, 0.5],
      ['Chậm tiến độ', 1, 0.25],
    ]);
    expect(t.total).toEqual(['Tổng cộng', 4, 1]);
  });

  it('has no rows when the year has no plan', () => {
    const t = dashboardTables(summariseDashboard(base, options)).plan_progress;
    expect(t.rows).toEqual([]);
    expect(t.total).toBeNull();
  });
});
