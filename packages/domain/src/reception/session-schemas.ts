import { z } from 'zod';
import { vnMultiline, vnText } from '../text/vn-text.js';
import { IsoDateSchema, isIsoDate } from '../common/iso-date.js';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { directionStatuses } from './session-directions.js';
import { receptionSessionKinds } from './schedule.js';
import { headReceptionModes } from './visit-enums.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (field: string) => z.string({ error: `Hãy nhập ${field}.` }).regex(TIME, `${field[0]?.toLocaleUpperCase('vi')}${field.slice(1)} phải có dạng giờ:phút, ví dụ 07:30.`);
const text = (field: string, max: number) =>
  vnText({ error: `Hãy nhập ${field}.` }).min(1, `Hãy nhập ${field}.`).max(max, `${field[0]?.toLocaleUpperCase('vi')}${field.slice(1)} tối đa ${max} ký tự.`);
const optionalText = (max: number) =>
  vnMultiline()
    .max(max, `Tối đa ${max} ký tự.`)
    .nullish()
    .transform((v) => (v ? v : null));

/** Lịch tiếp công dân của Thủ trưởng as planned: who receives, when and where. */
export const ReceptionSessionDataSchema = z
  .strictObject({
    date: IsoDateSchema,
    startTime: time('giờ bắt đầu'),
    endTime: time('giờ kết thúc'),
    place: text('địa điểm tiếp', 300),
    hostName: text('họ tên người chủ trì', 200),
    hostTitle: text('chức vụ người chủ trì', 200),
    /** The Director in person, or a deputy the Director authorised (Luật TCD Đ18). */
    hostMode: z.enum(headReceptionModes, { error: 'Hãy chọn Giám đốc trực tiếp tiếp hay cấp phó được ủy quyền.' }),
    hostUserId: IdSchema.nullish().transform((v) => v ?? null),
    kind: z.enum(receptionSessionKinds, { error: 'Hãy chọn hình thức tiếp (định kỳ hoặc đột xuất).' }),
    note: optionalText(1000),
  })
  .superRefine((s, ctx) => {
    if (TIME.test(s.startTime) && TIME.test(s.endTime) && s.endTime <= s.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Giờ kết thúc phải sau giờ bắt đầu.' });
    }
  });
export type ReceptionSessionData = z.output<typeof ReceptionSessionDataSchema>;
export type ReceptionSessionDataInput = z.input<typeof ReceptionSessionDataSchema>;

export const ReceptionSessionUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: ReceptionSessionDataSchema });

/** Hủy lịch: the reason is kept, and shown on the site when the session was published. */
export const ReceptionSessionCancelSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  reason: text('lý do hủy lịch', 500).refine((v) => v.length >= 10, 'Lý do hủy lịch phải có ít nhất 10 ký tự.'),
});

export const ReceptionSessionStepSchema = z.strictObject({ id: IdSchema, version: VersionSchema });

/** One direction the head gave: what, who answers for it, by when. */
export const ReceptionDirectionSchema = z.strictObject({
  content: text('nội dung chỉ đạo', 2000),
  responsible: text('đơn vị, cá nhân thực hiện', 300),
  dueDate: IsoDateSchema,
  /** The matter heard that the direction answers, when it answers one. */
  visitId: IdSchema.nullish().transform((v) => v ?? null),
});
export type ReceptionDirection = z.output<typeof ReceptionDirectionSchema>;

/** Kết quả buổi tiếp: who attended, which visits were heard, what the head directed. */
export const ReceptionSessionRecordSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  attendees: text('thành phần tham dự', 2000),
  conclusion: text('ý kiến kết luận chung', 4000),
  visitIds: z.array(IdSchema).max(200).default([]),
  directions: z.array(ReceptionDirectionSchema).min(1, 'Hãy ghi ít nhất một nội dung chỉ đạo.').max(100),
});
export type ReceptionSessionRecord = z.output<typeof ReceptionSessionRecordSchema>;

export const ReceptionDirectionCompleteSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  doneDate: IsoDateSchema,
  result: text('kết quả thực hiện', 2000),
});

export const receptionSessionStatuses = ['planned', 'published', 'cancelled', 'recorded'] as const;
export type ReceptionSessionStatus = (typeof receptionSessionStatuses)[number];
export const receptionSessionStatusLabels: Record<ReceptionSessionStatus, string> = {
  planned: 'Đang lập',
  published: 'Đã công bố',
  cancelled: 'Đã hủy',
  recorded: 'Đã ghi kết quả',
};

const periodRefine = (f: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (f.from && f.to && isIsoDate(f.from) && f.from > f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
};

export const ReceptionSessionListFilterSchema = z
  .strictObject({
    kind: z.enum(receptionSessionKinds).optional(),
    status: z.enum(receptionSessionStatuses).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .superRefine(periodRefine);
export type ReceptionSessionListFilter = z.output<typeof ReceptionSessionListFilterSchema>;
export const receptionSessionSortFields = ['date', 'kind', 'updatedAt'] as const;
export const ReceptionSessionSortSchema = z.strictObject({ field: z.enum(receptionSessionSortFields), order: z.enum(['ASC', 'DESC']) });

export const ReceptionDirectionListFilterSchema = z.strictObject({
  status: z.enum(directionStatuses).optional(),
  sessionId: IdSchema.optional(),
});
export type ReceptionDirectionListFilter = z.output<typeof ReceptionDirectionListFilterSchema>;
export const receptionDirectionSortFields = ['dueDate', 'sessionDate'] as const;
export const ReceptionDirectionSortSchema = z.strictObject({ field: z.enum(receptionDirectionSortFields), order: z.enum(['ASC', 'DESC']) });
