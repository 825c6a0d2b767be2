import { z } from 'zod';
import { vnMultiline } from '../text/vn-text.js';
import { ReportPeriodRequestSchema } from './report-periods.js';

const formCode = z.string({ error: 'Hãy chọn biểu mẫu.' }).trim().min(1, 'Hãy chọn biểu mẫu.');

/** Chốt số liệu: file a form over a period, freezing its numbers and its .xlsx as sent. */
export const FiledReportCreateSchema = z.strictObject({
  formCode,
  period: ReportPeriodRequestSchema,
  note: vnMultiline({ error: 'Ghi chú phải là văn bản.' })
    .max(1000, 'Ghi chú tối đa 1.000 ký tự.')
    .optional()
    .transform((v) => v || null),
});
export type FiledReportCreate = z.output<typeof FiledReportCreateSchema>;

export const FiledReportListFilterSchema = z.strictObject({
  formCode: formCode.optional(),
  /** The year the period ends in: a statutory period of year Y always ends in Y. */
  year: z.number({ error: 'Năm phải là số.' }).int('Năm phải là số nguyên.').min(2000, 'Năm từ 2000 trở đi.').max(2100, 'Năm đến 2100.').optional(),
});
export type FiledReportListFilter = z.output<typeof FiledReportListFilterSchema>;

export const filedReportSortFields = ['filedAt', 'periodTo', 'formCode'] as const;
export const FiledReportSortSchema = z.strictObject({ field: z.enum(filedReportSortFields), order: z.enum(['ASC', 'DESC']) });
