import { z } from 'zod';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, optionalMultiline, requiredText } from '../office/fields.js';

/** Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo of one year, as signed. */
export const AnnualPlanDataSchema = z.strictObject({
  year: z.coerce
    .number({ error: 'Năm kế hoạch phải là số.' })
    .int({ error: 'Năm kế hoạch phải là số nguyên.' })
    .min(2000, { error: 'Năm kế hoạch phải từ năm 2000.' })
    .max(2100, { error: 'Năm kế hoạch không hợp lệ.' }),
  /** Số, ký hiệu: "156/KH-SNV". */
  number: requiredText('Số, ký hiệu kế hoạch', 100),
  date: dateField('Ngày ban hành'),
  signerName: requiredText('Người ký', 200),
  signerTitle: requiredText('Chức vụ người ký', 200),
  title: requiredText('Trích yếu', 500, 5),
  note: optionalMultiline('Ghi chú', 2000),
});
export type AnnualPlanData = z.output<typeof AnnualPlanDataSchema>;
export type AnnualPlanDataInput = z.input<typeof AnnualPlanDataSchema>;

export const AnnualPlanUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: AnnualPlanDataSchema });

export const annualPlanSortFields = ['year', 'date', 'updatedAt'] as const;
export const AnnualPlanSortSchema = z.strictObject({ field: z.enum(annualPlanSortFields), order: z.enum(['ASC', 'DESC']) });
export const AnnualPlanListFilterSchema = z.strictObject({ year: z.number().int().min(2000).max(2100).optional() });
export type AnnualPlanListFilter = z.output<typeof AnnualPlanListFilterSchema>;

/** The year-end summary (.docx) of a plan: when it is dated and who signs it. */
export const AnnualPlanExportSchema = z
  .strictObject({
    id: IdSchema,
    /** The report's date; today in Vietnam when omitted. */
    date: dateField('Ngày báo cáo').optional(),
    /** Who signs it; the Director when omitted. */
    signerName: requiredText('Người ký báo cáo', 200).optional(),
    signerTitle: requiredText('Chức vụ người ký báo cáo', 200).optional(),
  })
  .superRefine((e, ctx) => {
    if (e.signerName !== undefined && e.signerTitle === undefined) ctx.addIssue({ code: 'custom', path: ['signerTitle'], message: 'Hãy ghi chức vụ người ký báo cáo.' });
    if (e.signerTitle !== undefined && e.signerName === undefined) ctx.addIssue({ code: 'custom', path: ['signerName'], message: 'Hãy ghi họ tên người ký báo cáo.' });
  });
