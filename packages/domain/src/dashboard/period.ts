import { z } from 'zod';
import { IsoDateSchema, isIsoDate, type IsoDate } from '../common/iso-date.js';
import { monthCount, monthOf, shiftMonth } from './months.js';
import { dashboardTableIds } from './tables.js';

/** The period choices of the dashboard's filter. */
export const dashboardPeriodPresets = ['this_year', 'this_quarter', 'last_12_months', 'custom'] as const;
export type DashboardPeriodPreset = (typeof dashboardPeriodPresets)[number];

export const dashboardPeriodPresetLabels: Record<DashboardPeriodPreset, string> = {
  this_year: 'Năm nay',
  this_quarter: 'Quý này',
  last_12_months: '12 tháng gần nhất',
  custom: 'Tùy chọn',
};

export interface DashboardPeriod {
  from: IsoDate;
  to: IsoDate;
}

/** Beyond three years a monthly chart stops being readable; the report forms cover longer ranges. */
export const MAX_DASHBOARD_MONTHS = 36;

/** A preset's days, ending today (days after today hold nothing yet). */
export function dashboardPresetPeriod(preset: Exclude<DashboardPeriodPreset, 'custom'>, today: IsoDate): DashboardPeriod {
  const month = monthOf(today);
  switch (preset) {
    case 'this_year':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'this_quarter': {
      const m = Number(month.slice(5, 7));
      return { from: `${shiftMonth(month, -((m - 1) % 3))}-01`, to: today };
    }
    case 'last_12_months':
      return { from: `${shiftMonth(month, -11)}-01`, to: today };
  }
}

/**
 * The calendar year to date. Not the report year (15/12–14/12 under TT 02/2021): its first half
 * month would split December across two bars, and leaders read "this year" in calendar months, as
 * the public statistics count; the statutory figures have their own screen with the report periods.
 */
export const defaultDashboardPeriod = (today: IsoDate): DashboardPeriod => dashboardPresetPeriod('this_year', today);

const filterShape = {
  from: IsoDateSchema,
  to: IsoDateSchema,
  unitId: z.uuid({ error: 'Đơn vị không hợp lệ.' }).optional(),
};

function checkRange(f: { from: IsoDate; to: IsoDate }, ctx: z.RefinementCtx) {
  // zod runs this even when a date failed its own check; that field already carries the message.
  if (!isIsoDate(f.from) || !isIsoDate(f.to)) return;
  if (f.to < f.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc không được trước ngày bắt đầu.' });
  } else if (monthCount(f.from, f.to) > MAX_DASHBOARD_MONTHS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: `Khoảng thời gian tối đa ${String(MAX_DASHBOARD_MONTHS)} tháng.` });
  }
}

/** What the dashboard is asked for: a range of days and, optionally, one unit's officials. */
export const DashboardFilterSchema = z.strictObject(filterShape).superRefine(checkRange);
export type DashboardFilter = z.infer<typeof DashboardFilterSchema>;

/** An export: every chart's sheet, or only the one chart whose "Xuất Excel" was pressed. */
export const DashboardExportSchema = z
  .strictObject({ ...filterShape, tableId: z.enum(dashboardTableIds, { error: 'Biểu đồ không hợp lệ.' }).optional() })
  .superRefine(checkRange);
export type DashboardExport = z.infer<typeof DashboardExportSchema>;
