import { z } from 'zod';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, optionalDateField, optionalMultiline, optionalPickedId, optionalText, pickedId, refineDateOrder, requiredText } from './fields.js';

/** Tập huấn nghiệp vụ, or tuyên truyền, phổ biến pháp luật (the plan's item 1). */
export const trainingKinds = ['training', 'dissemination'] as const;
export type TrainingKind = (typeof trainingKinds)[number];
export const trainingKindLabels: Record<TrainingKind, string> = {
  training: 'Tập huấn, bồi dưỡng nghiệp vụ',
  dissemination: 'Tuyên truyền, phổ biến pháp luật',
};

/**
 * One participant: an official of the agency (picked, so their days and history can be found) or
 * someone from outside named as written. `attended` records who actually came.
 */
export const TrainingAttendeeSchema = z
  .strictObject({
    userId: optionalPickedId('cán bộ tham dự'),
    fullName: optionalText('Họ tên người tham dự', 200),
    organisation: optionalText('Đơn vị công tác', 300),
    attended: z.boolean({ error: 'Hãy đánh dấu có mặt hay vắng mặt.' }).default(true),
  })
  .superRefine((a, ctx) => {
    if (a.userId === null && a.fullName === null) ctx.addIssue({ code: 'custom', path: ['fullName'], message: 'Hãy chọn cán bộ hoặc ghi họ tên người tham dự.' });
  });
export type TrainingAttendee = z.output<typeof TrainingAttendeeSchema>;
export type TrainingAttendeeInput = z.input<typeof TrainingAttendeeSchema>;

export const TrainingDataSchema = z
  .strictObject({
    kind: z.enum(trainingKinds, { error: 'Hãy chọn loại hoạt động (tập huấn hoặc tuyên truyền, phổ biến pháp luật).' }),
    title: requiredText('Tên lớp, hội nghị', 500, 5),
    /** The directives, laws, decrees and circulars covered ("Luật Tiếp công dân 2013", "Chỉ thị 35-CT/TW"). */
    legalDocuments: z
      .array(requiredText('Tên văn bản', 300), { error: 'Danh sách văn bản phổ biến không hợp lệ.' })
      .max(50, { error: 'Tối đa 50 văn bản.' })
      .default([])
      .transform((docs) => [...new Set(docs)]),
    audience: requiredText('Đối tượng tham dự', 500),
    dateFrom: dateField('Ngày bắt đầu'),
    dateTo: optionalDateField('Ngày kết thúc'),
    place: requiredText('Địa điểm', 300),
    organiserUnitId: pickedId('đơn vị tổ chức'),
    materials: optionalMultiline('Tài liệu', 2000),
    /** The annual plan's item this implements (item 1: dissemination), when there is one. */
    planItemId: optionalPickedId('mục của kế hoạch'),
    note: optionalMultiline('Ghi chú', 2000),
    attendees: z.array(TrainingAttendeeSchema, { error: 'Danh sách người tham dự không hợp lệ.' }).max(500, { error: 'Tối đa 500 người tham dự.' }).default([]),
  })
  .superRefine((t, ctx) => {
    refineDateOrder(ctx, t.dateFrom, t.dateTo, 'dateTo', 'Ngày kết thúc không được trước ngày bắt đầu.');
    if (t.kind === 'dissemination' && t.legalDocuments.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['legalDocuments'], message: 'Tuyên truyền, phổ biến pháp luật phải ghi ít nhất một văn bản được phổ biến.' });
    }
    const seen = new Set<string>();
    t.attendees.forEach((a, i) => {
      if (a.userId === null) return;
      if (seen.has(a.userId)) ctx.addIssue({ code: 'custom', path: ['attendees', i, 'userId'], message: 'Cán bộ này đã có trong danh sách tham dự.' });
      seen.add(a.userId);
    });
  });
export type TrainingData = z.output<typeof TrainingDataSchema>;
export type TrainingDataInput = z.input<typeof TrainingDataSchema>;

export const TrainingUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: TrainingDataSchema });

export const trainingSortFields = ['dateFrom', 'title', 'updatedAt'] as const;
export const TrainingSortSchema = z.strictObject({ field: z.enum(trainingSortFields), order: z.enum(['ASC', 'DESC']) });
export const TrainingListFilterSchema = z.strictObject({
  q: z.string().max(200).optional(),
  kind: z.enum(trainingKinds).optional(),
  organiserUnitId: IdSchema.optional(),
  planItemId: IdSchema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  /** Sessions an official was listed for. */
  attendeeUserId: IdSchema.optional(),
});
export type TrainingListFilter = z.output<typeof TrainingListFilterSchema>;
