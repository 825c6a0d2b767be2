import { z } from 'zod';
import { IsoDateSchema, isIsoDate, type IsoDate } from '../common/iso-date.js';
import { confidenceMarks } from '../legal-clock/rules.js';

/** Kỳ báo cáo: the statutory periods of TT 02/2021, plus any range a user asks for. */
export const statutoryPeriodKinds = ['quarter_1', 'six_months', 'nine_months', 'year'] as const;
export type StatutoryPeriodKind = (typeof statutoryPeriodKinds)[number];
export const reportPeriodKinds = [...statutoryPeriodKinds, 'custom'] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

export const reportPeriodKindLabels: Record<ReportPeriodKind, string> = {
  quarter_1: 'Quý I',
  six_months: '6 tháng',
  nine_months: '9 tháng',
  year: 'Năm',
  custom: 'Tùy chọn khoảng thời gian',
};

export interface MonthDay {
  month: number;
  day: number;
}

/** Dates are assembled as strings, never through local-time Date APIs (CODE_STYLE, Dates). */
export const isoOf = (year: number, md: MonthDay): IsoDate =>
  `${String(year).padStart(4, '0')}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;

/** A day of the year without the year; checked against a common year, as 29/02 would not exist in most years. */
const MonthDaySchema = z
  .strictObject({
    month: z.number({ error: 'Tháng phải là số.' }).int('Tháng phải là số nguyên.').min(1, 'Tháng từ 1 đến 12.').max(12, 'Tháng từ 1 đến 12.'),
    day: z.number({ error: 'Ngày phải là số.' }).int('Ngày phải là số nguyên.').min(1, 'Ngày từ 1 đến 31.').max(31, 'Ngày từ 1 đến 31.'),
  })
  .refine((md) => isIsoDate(isoOf(2001, md)), { message: 'Ngày trong năm không có thật.' });

/**
 * Cut-off rule (mốc chốt số liệu), one version per circular. Every statutory period starts on
 * `yearStart` (in the previous calendar year when `isStartInPreviousYear`) and is cumulative to
 * its own end day, so the four periods of a year nest.
 */
export const ReportCutOffRuleSchema = z
  .strictObject({
    effectiveFrom: IsoDateSchema,
    effectiveTo: IsoDateSchema.optional(),
    yearStart: MonthDaySchema,
    isStartInPreviousYear: z.boolean({ error: 'Cần cho biết ngày bắt đầu có thuộc năm trước không.' }),
    periodEnds: z.strictObject({
      quarter_1: MonthDaySchema,
      six_months: MonthDaySchema,
      nine_months: MonthDaySchema,
      year: MonthDaySchema,
    }),
    basis: z.string({ error: 'Cần nhập căn cứ.' }).trim().min(1, 'Cần nhập căn cứ.'),
    confidence: z.enum(confidenceMarks, { error: 'Mức xác minh không hợp lệ.' }),
    note: z.string().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.effectiveTo !== undefined && rule.effectiveTo < rule.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
    }
    // Periods must nest and fit in one report year, otherwise "cumulative" figures would shrink.
    const ends = statutoryPeriodKinds.map((kind) => isoOf(2000, rule.periodEnds[kind]));
    const start = isoOf(rule.isStartInPreviousYear ? 1999 : 2000, rule.yearStart);
    ends.forEach((end, i) => {
      const previous = i === 0 ? start : ends[i - 1];
      if (previous !== undefined && end < previous) {
        ctx.addIssue({ code: 'custom', path: ['periodEnds', statutoryPeriodKinds[i] ?? 'year'], message: 'Ngày chốt số liệu của các kỳ phải tăng dần trong năm.' });
      }
    });
  });
export type ReportCutOffRule = z.infer<typeof ReportCutOffRuleSchema>;

export const ReportCutOffRuleSetSchema = z.array(ReportCutOffRuleSchema).min(1, 'Cần ít nhất một quy định về kỳ báo cáo.');

/**
 * Seed rule from the domain brief §5. The 15/12–14/12 window is the government-wide convention [S],
 * the exact cut-off days under TT 02/2021 are unconfirmed [U]; the circular is dated 22/3/2021 and
 * its in-force date is not verified, so an administrator should check this row first.
 */
export const defaultReportCutOffRules: readonly ReportCutOffRule[] = Object.freeze([
  {
    effectiveFrom: '2021-03-22',
    yearStart: { month: 12, day: 15 },
    isStartInPreviousYear: true,
    periodEnds: {
      quarter_1: { month: 3, day: 14 },
      six_months: { month: 6, day: 14 },
      nine_months: { month: 9, day: 14 },
      year: { month: 12, day: 14 },
    },
    basis: 'Thông tư 02/2021/TT-TTCP ngày 22/3/2021 (chế độ báo cáo công tác thanh tra, tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo)',
    confidence: 'U',
    note: 'Số liệu lũy kế từ ngày 15/12 năm trước đến ngày 14/3, 14/6, 14/9, 14/12: chưa đối chiếu văn bản.',
  },
]);
