import { z } from 'zod';
import { IsoDateSchema, type IsoDate } from '../common/iso-date.js';
import { MAX_CALENDAR_DAYS } from './counting.js';

/** Every deadline the system computes. Keys are stable identifiers stored with each case. */
export const deadlineRuleKeys = [
  'reception.reply',
  'petition.process',
  'complaint.filing_limit',
  'complaint.accept',
  'complaint.resolve.first',
  'complaint.decision.send',
  'complaint.second_round.filing_limit',
  'complaint.resolve.second',
  'complaint.second_round.decision.send',
  'complaint.decision.publish',
  'denunciation.accept',
  'denunciation.transfer',
  'denunciation.notify',
  'denunciation.resolve',
  'denunciation.conclusion.send',
  'denunciation.conclusion.publish',
  'publication.posting_period',
] as const;
export type DeadlineRuleKey = (typeof deadlineRuleKeys)[number];

export const deadlineRuleKeyLabels: Record<DeadlineRuleKey, string> = {
  'reception.reply': 'Trả lời người đến khiếu nại, tố cáo, kiến nghị, phản ánh tại nơi tiếp công dân',
  'petition.process': 'Xử lý đơn',
  'complaint.filing_limit': 'Thời hiệu khiếu nại',
  'complaint.accept': 'Thụ lý giải quyết khiếu nại',
  'complaint.resolve.first': 'Giải quyết khiếu nại lần đầu',
  'complaint.decision.send': 'Gửi quyết định giải quyết khiếu nại lần đầu',
  'complaint.second_round.filing_limit': 'Thời hạn khiếu nại lần hai',
  'complaint.resolve.second': 'Giải quyết khiếu nại lần hai',
  'complaint.second_round.decision.send': 'Gửi quyết định giải quyết khiếu nại lần hai',
  'complaint.decision.publish': 'Công khai quyết định giải quyết khiếu nại lần hai',
  'denunciation.accept': 'Vào sổ, phân loại, kiểm tra điều kiện thụ lý tố cáo',
  'denunciation.transfer': 'Chuyển tố cáo không thuộc thẩm quyền',
  'denunciation.notify': 'Thông báo việc thụ lý tố cáo',
  'denunciation.resolve': 'Giải quyết tố cáo',
  'denunciation.conclusion.send': 'Gửi kết luận nội dung tố cáo',
  'denunciation.conclusion.publish': 'Công khai kết luận nội dung tố cáo, quyết định xử lý',
  'publication.posting_period': 'Thời gian niêm yết, đăng tải công khai',
};

export const deadlineUnits = ['working', 'calendar'] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

export const deadlineUnitLabels: Record<DeadlineUnit, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày',
};

/** How far the rule's source was verified (brief's marks): text read, secondary source, unconfirmed. */
export const confidenceMarks = ['T', 'S', 'U'] as const;
export type ConfidenceMark = (typeof confidenceMarks)[number];

export const confidenceMarkLabels: Record<ConfidenceMark, string> = {
  T: 'đã đối chiếu văn bản',
  S: 'theo nguồn thứ cấp',
  U: 'chưa xác minh',
};

const dayCount = z
  .number({ error: 'Số ngày phải là số.' })
  .int('Số ngày phải là số nguyên.')
  .min(1, 'Số ngày phải lớn hơn 0.')
  .max(MAX_CALENDAR_DAYS, `Số ngày không được vượt quá ${MAX_CALENDAR_DAYS}.`);

const text = (what: string) => z.string({ error: `Cần nhập ${what}.` }).trim().min(1, `Cần nhập ${what}.`);

/**
 * One version of a deadline rule. The version whose [effectiveFrom, effectiveTo] contains the
 * date of the triggering event applies, so a law change never moves deadlines already running.
 */
export const DeadlineRuleSchema = z
  .object({
    key: z.enum(deadlineRuleKeys, { error: 'Loại thời hạn không hợp lệ.' }),
    effectiveFrom: IsoDateSchema,
    /** Last day this version applies to (inclusive); absent while it is in force. */
    effectiveTo: IsoDateSchema.optional(),
    unit: z.enum(deadlineUnits, { error: 'Đơn vị phải là ngày hoặc ngày làm việc.' }),
    days: dayCount,
    variants: z.object({
      complex: dayCount.optional(),
      remote: dayCount.optional(),
      complexRemote: dayCount.optional(),
    }),
    maxExtensions: z.number().int('Số lần gia hạn phải là số nguyên.').min(0).max(5, 'Tối đa 5 lần gia hạn.'),
    /** Length of each extension, in the rule's unit. */
    extensionDays: z.number().int('Số ngày gia hạn phải là số nguyên.').min(0).max(MAX_CALENDAR_DAYS),
    /**
     * Civil Code Đ148.5 moves a last day that is off to the next working day. A minimum posting
     * period (15 consecutive days on a notice board) is a duration, not a time limit to act, so it
     * sets this to false. Absent means true. Ignored for working-day rules (they always end on one).
     */
    rollToWorkingDay: z.boolean().optional(),
    /** The triggering event, e.g. "Ngày nhận được đơn"; its day is not counted. */
    startEvent: text('sự kiện bắt đầu tính thời hạn'),
    basis: text('căn cứ pháp lý'),
    label: text('tên thời hạn'),
    confidence: z.enum(confidenceMarks, { error: 'Mức tin cậy phải là T, S hoặc U.' }),
    note: z.string().trim().optional(),
  })
  .superRefine((rule, ctx) => {
    if (rule.effectiveTo !== undefined && rule.effectiveTo < rule.effectiveFrom) {
      ctx.addIssue({ code: 'custom', path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' });
    }
    if (rule.maxExtensions > 0 && rule.extensionDays === 0) {
      ctx.addIssue({ code: 'custom', path: ['extensionDays'], message: 'Có gia hạn thì phải có số ngày mỗi lần gia hạn.' });
    }
  });
export type DeadlineRule = z.infer<typeof DeadlineRuleSchema>;

/** A whole rule table: additionally, versions of one key must not overlap in time. */
export const DeadlineRuleSetSchema = z.array(DeadlineRuleSchema).superRefine((rules, ctx) => {
  rules.forEach((a, i) => {
    rules.forEach((b, j) => {
      if (j <= i || a.key !== b.key) return;
      const overlap = a.effectiveFrom <= (b.effectiveTo ?? '9999-12-31') && b.effectiveFrom <= (a.effectiveTo ?? '9999-12-31');
      if (overlap) {
        ctx.addIssue({
          code: 'custom',
          path: [j, 'effectiveFrom'],
          message: `Hai phiên bản của "${a.label}" có thời gian hiệu lực chồng lên nhau (từ ${a.effectiveFrom} và từ ${b.effectiveFrom}).`,
        });
      }
    });
  });
});

/** Stable identifier of a rule version, stored next to each computed due date. */
export const ruleVersionOf = (rule: Pick<DeadlineRule, 'key' | 'effectiveFrom'>): string => `${rule.key}@${rule.effectiveFrom}`;

/** The version of `key` in force on `date`; when versions overlap, the latest effectiveFrom wins. */
export function findRuleInForce(key: DeadlineRuleKey, date: IsoDate, rules: readonly DeadlineRule[]): DeadlineRule | undefined {
  let found: DeadlineRule | undefined;
  for (const rule of rules) {
    if (rule.key !== key || rule.effectiveFrom > date) continue;
    if (rule.effectiveTo !== undefined && rule.effectiveTo < date) continue;
    if (!found || rule.effectiveFrom > found.effectiveFrom) found = rule;
  }
  return found;
}
