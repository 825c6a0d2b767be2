import { z } from 'zod';
import type { IsoDate } from '../common/iso-date.js';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { allowanceCategories } from './allowance-rates.js';
import { dateField, optionalDateField, optionalMultiline, optionalText, pickedId, refineDateOrder, requiredText } from './fields.js';

/** Ngạch thanh tra viên (Luật Thanh tra): a qualification some officials doing this work hold. */
export const inspectorRanks = ['inspector', 'senior_inspector', 'chief_inspector'] as const;
export type InspectorRank = (typeof inspectorRanks)[number];
export const inspectorRankLabels: Record<InspectorRank, string> = {
  inspector: 'Thanh tra viên',
  senior_inspector: 'Thanh tra viên chính',
  chief_inspector: 'Thanh tra viên cao cấp',
};

/** What an official is assigned to (the plan's item 3: organisation and staffing of this work). */
export const staffDuties = ['reception', 'letter_handling', 'case_resolution'] as const;
export type StaffDuty = (typeof staffDuties)[number];
export const staffDutyLabels: Record<StaffDuty, string> = {
  reception: 'Tiếp công dân',
  letter_handling: 'Xử lý đơn',
  case_resolution: 'Giải quyết khiếu nại, tố cáo',
};

/**
 * Phân công cán bộ: one period of an official's assignment to reception and complaint work. A
 * change of unit, post or rank ends one period and starts another, so the history is kept.
 */
export const StaffAssignmentDataSchema = z
  .strictObject({
    userId: pickedId('cán bộ được phân công'),
    unitId: pickedId('đơn vị công tác'),
    position: requiredText('Chức vụ', 200),
    duties: z
      .array(z.enum(staffDuties, { error: 'Nhiệm vụ được giao không hợp lệ.' }), { error: 'Hãy chọn nhiệm vụ được giao.' })
      .min(1, { error: 'Hãy chọn ít nhất một nhiệm vụ được giao.' })
      .max(staffDuties.length)
      .transform((duties) => staffDuties.filter((d) => duties.includes(d))),
    inspectorRank: z
      .enum(inspectorRanks, { error: 'Ngạch thanh tra không hợp lệ.' })
      .nullish()
      .transform((v) => v ?? null),
    /** Degrees and certificates, as the personnel file writes them. */
    qualifications: optionalText('Trình độ, chứng chỉ', 1000),
    /** Which daily allowance rate the official is paid at; null when not entitled. */
    allowanceCategory: z
      .enum(allowanceCategories, { error: 'Đối tượng hưởng bồi dưỡng không hợp lệ.' })
      .nullish()
      .transform((v) => v ?? null),
    decisionNumber: optionalText('Số quyết định phân công', 100),
    dateAssigned: dateField('Ngày được phân công'),
    dateEnded: optionalDateField('Ngày thôi phân công'),
    note: optionalMultiline('Ghi chú', 2000),
  })
  .superRefine((a, ctx) => refineDateOrder(ctx, a.dateAssigned, a.dateEnded, 'dateEnded', 'Ngày thôi phân công không được trước ngày được phân công.'));
export type StaffAssignmentData = z.output<typeof StaffAssignmentDataSchema>;
export type StaffAssignmentDataInput = z.input<typeof StaffAssignmentDataSchema>;

export const StaffAssignmentUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: StaffAssignmentDataSchema });

export const staffAssignmentSortFields = ['dateAssigned', 'dateEnded', 'fullName', 'updatedAt'] as const;
export const StaffAssignmentSortSchema = z.strictObject({ field: z.enum(staffAssignmentSortFields), order: z.enum(['ASC', 'DESC']) });
export const StaffAssignmentListFilterSchema = z.strictObject({
  userId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  duty: z.enum(staffDuties).optional(),
  /** Current on that day (assigned on or before it, not ended before it). */
  activeOn: dateField('Ngày xem').optional(),
});
export type StaffAssignmentListFilter = z.output<typeof StaffAssignmentListFilterSchema>;

type Period = { id?: string | null; dateAssigned: IsoDate; dateEnded: IsoDate | null };

/** Whether an assignment covers `day` (both ends included; open-ended while not ended). */
export const isAssignmentActiveOn = (a: Pick<Period, 'dateAssigned' | 'dateEnded'>, day: IsoDate): boolean =>
  a.dateAssigned <= day && (a.dateEnded === null || day <= a.dateEnded);

/**
 * The official's other assignment whose period meets the candidate's, if any. One official holds
 * one assignment at a time (its duties say everything they do), so the history reads as a line.
 */
export function overlappingAssignment<T extends Period>(existing: readonly T[], candidate: Period): T | undefined {
  const end = (p: Period) => p.dateEnded ?? '9999-12-31';
  return existing.find((a) => (!candidate.id || a.id !== candidate.id) && a.dateAssigned <= end(candidate) && candidate.dateAssigned <= end(a));
}

/** The period an allowance is counted over (a month, a quarter, a year): at most two years. */
export const AllowancePeriodSchema = z
  .strictObject({ from: dateField('Từ ngày'), to: dateField('Đến ngày') })
  .superRefine((p, ctx) => {
    refineDateOrder(ctx, p.from, p.to, 'to', 'Đến ngày không được trước từ ngày.');
    if (p.from <= p.to && p.to > `${String(Number(p.from.slice(0, 4)) + 2)}${p.from.slice(4)}`) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Mỗi lần chỉ tính bồi dưỡng cho tối đa hai năm.' });
    }
  });
