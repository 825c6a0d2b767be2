import { describe, expect, it } from 'vitest';
import { DashboardExportSchema, DashboardFilterSchema, dashboardPresetPeriod, defaultDashboardPeriod } from './period.js';
import { monthsOfRange, shiftMonth, shortMonthLabel } from './months.js';

describe('dashboard periods', () => {
  it('presets end today and start on the first day of the year, the quarter, or eleven months back', () => {
    expect(defaultDashboardPeriod('2026-11-30')).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(dashboardPresetPeriod('this_quarter', '2026-11-30')).toEqual({ from: '2026-10-01', to: '2026-11-30' });
    expect(dashboardPresetPeriod('this_quarter', '2026-03-31')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(dashboardPresetPeriod('last_12_months', '2026-11-30')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(dashboardPresetPeriod('last_12_months', '2026-01-05')).toEqual({ from: '2025-02-01', to: '2026-01-05' });
  });

  it('months of a range include partial first and last months, across years', () => {
    expect(monthsOfRange('2025-11-20', '2026-02-03')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsOfRange('2026-05-05', '2026-05-05')).toEqual(['2026-05']);
    expect(shiftMonth('2026-01', -1)).toBe('2025-12');
    expect(shortMonthLabel('2026-03')).toBe('T3/2026');
  });

  it('refuses a reversed or too long range with a Vietnamese message on the field', () => {
    const reversed = DashboardFilterSchema.safeParse({ from: '2026-05-01', to: '2026-04-01' });
    expect(reversed.success ? [] : reversed.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['to', 'Ngày kết thúc không được trước ngày bắt đầu.']]);
    const long = DashboardFilterSchema.safeParse({ from: '2023-01-01', to: '2026-01-01' });
    expect(long.success ? [] : long.error.issues.map((i) => i.message)).toEqual(['Khoảng thời gian tối đa 36 tháng.']);
    expect(DashboardFilterSchema.safeParse({ from: '2023-02-01', to: '2026-01-31' }).success).toBe(true);
    const badDay = DashboardFilterSchema.safeParse({ from: '', to: '2026-02-30' });
    expect(badDay.success ? [] : badDay.error.issues.map((i) => i.path.join('.'))).toEqual(['from', 'to']);
    expect(DashboardFilterSchema.safeParse({ from: '2026-01-01', to: '2026-02-03', unitId: 'x' }).success).toBe(false);
  });
});

describe('dashboard export request', () => {
  it('takes one chart or none, and refuses a chart that does not exist', () => {
    expect(DashboardExportSchema.parse({ from: '2026-01-01', to: '2026-02-01', tableId: 'overdue' }).tableId).toBe('overdue');
    expect(DashboardExportSchema.parse({ from: '2026-01-01', to: '2026-02-01' }).tableId).toBeUndefined();
    const wrong = DashboardExportSchema.safeParse({ from: '2026-01-01', to: '2026-02-01', tableId: 'pie' });
    expect(wrong.success ? [] : wrong.error.issues.map((i) => i.message)).toEqual(['Biểu đồ không hợp lệ.']);
  });
});
