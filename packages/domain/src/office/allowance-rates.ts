import { z } from 'zod';
import type { IsoDate } from '../common/iso-date.js';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, optionalMultiline, requiredText } from './fields.js';

/**
 * Who a daily allowance rate applies to (TT 320/2016/TT-BTC, amended by TT 65/2026/TT-BTC): officials
 * without a professional allowance, those who already receive one, and those sent to support the
 * reception (police, medical staff, militia). The amounts are data (`allowance_rates`), never code.
 */
export const allowanceCategories = ['without_allowance', 'with_allowance', 'support'] as const;
export type AllowanceCategory = (typeof allowanceCategories)[number];
export const allowanceCategoryLabels: Record<AllowanceCategory, string> = {
  without_allowance: 'Cán bộ tiếp công dân, xử lý đơn chưa hưởng phụ cấp theo nghề',
  with_allowance: 'Cán bộ tiếp công dân, xử lý đơn đang hưởng phụ cấp theo nghề',
  support: 'Người được cử phối hợp, hỗ trợ (công an, y tế, dân quân…)',
};

export const ruleConfidences = ['confirmed', 'unconfirmed'] as const;
export type RuleConfidence = (typeof ruleConfidences)[number];
export const ruleConfidenceLabels: Record<RuleConfidence, string> = {
  confirmed: 'Đã đối chiếu văn bản',
  unconfirmed: 'Chưa xác minh, cần đối chiếu văn bản gốc',
};

/** One daily rate for one category, in force from `effectiveFrom` until the next rate of its category. */
export type AllowanceRate = {
  category: AllowanceCategory;
  /** Đồng per person per working day. */
  amountPerDay: number;
  effectiveFrom: IsoDate;
  legalBasis: string;
  confidence: RuleConfidence;
  note: string | null;
};

const TT_320 = 'Điều 4 Thông tư 320/2016/TT-BTC (hướng dẫn Điều 19–22 Nghị định 64/2014/NĐ-CP)';
const TT_65 = 'Thông tư 65/2026/TT-BTC sửa đổi Điều 4 Thông tư 320/2016/TT-BTC';
const FROM_2017 = '2017-02-01';
const FROM_TT_65 = '2026-07-27';
const NOTE_320 = 'Mức chi và ngày hiệu lực nhập theo trí nhớ, chưa đối chiếu văn bản: kế toán kiểm tra lại trước khi chi.';
const NOTE_65 = 'Theo bản tóm tắt của bên thứ ba (chưa đọc văn bản gốc trên vanban.chinhphu.vn): kiểm tra lại mức chi và ngày hiệu lực.';

/**
 * The rates a new installation starts with. None is marked confirmed: the brief read the articles
 * that create the allowance, not the amounts, so an accountant must check them before paying.
 */
export const defaultAllowanceRates: readonly (AllowanceRate & { key: string })[] = [
  { key: 'tt320-without', category: 'without_allowance', amountPerDay: 100_000, effectiveFrom: FROM_2017, legalBasis: TT_320, confidence: 'unconfirmed', note: NOTE_320 },
  { key: 'tt320-with', category: 'with_allowance', amountPerDay: 80_000, effectiveFrom: FROM_2017, legalBasis: TT_320, confidence: 'unconfirmed', note: NOTE_320 },
  { key: 'tt320-support', category: 'support', amountPerDay: 50_000, effectiveFrom: FROM_2017, legalBasis: TT_320, confidence: 'unconfirmed', note: NOTE_320 },
  { key: 'tt65-without', category: 'without_allowance', amountPerDay: 250_000, effectiveFrom: FROM_TT_65, legalBasis: TT_65, confidence: 'unconfirmed', note: NOTE_65 },
  { key: 'tt65-with', category: 'with_allowance', amountPerDay: 200_000, effectiveFrom: FROM_TT_65, legalBasis: TT_65, confidence: 'unconfirmed', note: NOTE_65 },
  { key: 'tt65-support', category: 'support', amountPerDay: 100_000, effectiveFrom: FROM_TT_65, legalBasis: `${TT_65}; khoản 3, 4 Điều 38 Nghị định 154/2026/NĐ-CP`, confidence: 'unconfirmed', note: NOTE_65 },
];

/** The rate of `category` in force on `day`: the one with the latest start on or before it. */
export function allowanceRateOn<R extends Pick<AllowanceRate, 'category' | 'effectiveFrom'>>(rates: readonly R[], category: AllowanceCategory, day: IsoDate): R | undefined {
  let found: R | undefined;
  for (const rate of rates) {
    if (rate.category !== category || rate.effectiveFrom > day) continue;
    if (!found || rate.effectiveFrom > found.effectiveFrom) found = rate;
  }
  return found;
}

/** A rate as the administrator corrects it when a circular changes the amounts. */
export const AllowanceRateDataSchema = z.strictObject({
  category: z.enum(allowanceCategories, { error: 'Hãy chọn đối tượng hưởng bồi dưỡng.' }),
  amountPerDay: z.coerce
    .number({ error: 'Mức bồi dưỡng phải là số tiền (đồng).' })
    .int({ error: 'Mức bồi dưỡng phải là số đồng nguyên.' })
    .min(1, { error: 'Mức bồi dưỡng phải lớn hơn 0.' })
    .max(10_000_000, { error: 'Mức bồi dưỡng một ngày không được quá 10.000.000 đồng.' }),
  effectiveFrom: dateField('Ngày áp dụng'),
  legalBasis: requiredText('Căn cứ pháp lý', 500),
  confidence: z.enum(ruleConfidences, { error: 'Hãy chọn mức độ xác minh.' }),
  note: optionalMultiline('Ghi chú', 1000),
});
export type AllowanceRateData = z.output<typeof AllowanceRateDataSchema>;
export const AllowanceRateUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: AllowanceRateDataSchema });
