import { z } from 'zod';
import { vnMultiline, vnText } from '../text/vn-text.js';
import { isIsoDate, type IsoDate } from '../common/iso-date.js';

/**
 * Xếp lưu đơn: a letter filed without handling is kept for a period, then destroyed on the head's
 * decision (TT 07/2014/TT-TTCP Đ28; BRIEF 1.4). The period is data: the default is one year.
 */
export const DEFAULT_RETENTION_MONTHS = 12;
export const DEFAULT_RETENTION_BASIS = 'Thông tư số 07/2014/TT-TTCP, Điều 28';

/** The date from which a letter archived on `archivedOn` may be destroyed: the same day `months` later (or the month's last day). */
export function retentionEnds(archivedOn: IsoDate, months: number): IsoDate {
  const [y, m, d] = archivedOn.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Whether the retention period of a letter archived on `archivedOn` has run out by `today`. */
export const isRetentionOver = (archivedOn: IsoDate, months: number, today: IsoDate): boolean => retentionEnds(archivedOn, months) <= today;

export const RetentionRuleSchema = z.strictObject({
  months: z.coerce
    .number({ error: 'Thời hạn lưu phải là số tháng.' })
    .int({ error: 'Thời hạn lưu phải là số tháng nguyên.' })
    .min(1, { error: 'Thời hạn lưu ít nhất 1 tháng.' })
    .max(600, { error: 'Thời hạn lưu không quá 600 tháng.' }),
  legalBasis: vnText().min(5, { error: 'Hãy ghi căn cứ pháp lý của thời hạn lưu.' }).max(300),
  version: z.number().int().min(0),
});
export type RetentionRuleInput = z.output<typeof RetentionRuleSchema>;

/** The head's decision to destroy letters whose retention has run out, with its number. */
export const RetentionDestroySchema = z.strictObject({
  petitionIds: z.array(z.uuid({ error: 'Mã đơn không hợp lệ.' })).min(1, { error: 'Hãy chọn ít nhất một đơn cần tiêu hủy.' }).max(200, { error: 'Mỗi lần tiêu hủy tối đa 200 đơn.' }),
  decisionRef: vnText().min(3, { error: 'Hãy ghi số, ngày quyết định tiêu hủy.' }).max(200, { error: 'Số quyết định quá dài.' }),
  reason: vnMultiline().min(10, { error: 'Lý do tiêu hủy phải có ít nhất 10 ký tự.' }).max(1000, { error: 'Lý do tiêu hủy không được quá 1000 ký tự.' }),
});
export type RetentionDestroy = z.output<typeof RetentionDestroySchema>;

/** What a destroyed letter's summary says in place of its content: the register keeps only the fact. */
export const destroyedSummary = (decisionRef: string, on: IsoDate): string => {
  const [y, m, d] = isIsoDate(on) ? on.split('-') : ['', '', ''];
  return `Đơn đã tiêu hủy theo ${decisionRef} (ngày ${d}/${m}/${y}).`;
};
