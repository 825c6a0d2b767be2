import { z } from 'zod';
import { IsoDateSchema, isIsoDate } from '../common/iso-date.js';
import { toStoredMultiline, toStoredText } from '../text/vn-text.js';
import { deadlineStatuses } from '../legal-clock/status.js';
import { forwardedChannels, petitionChannels, petitionKinds, petitionStatuses } from './enums.js';

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform(toStoredText)
    .pipe(
      z
        .string()
        .min(min, { error: min <= 1 ? `${label} là bắt buộc.` : `${label} phải có ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} không được quá ${max} ký tự.` }),
    );

const optionalText = (label: string, max: number) =>
  z
    .string()
    .transform(toStoredText)
    .pipe(z.string().max(max, { error: `${label} không được quá ${max} ký tự.` }))
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

/** CCCD has 12 digits, the older CMND 9. */
const IdNumberSchema = z
  .string()
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^(\d{9}|\d{12})$/, { error: 'Số CCCD/CMND phải gồm 12 (hoặc 9) chữ số.' }))
  .optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

const PhoneSchema = z
  .string()
  .transform((v) => v.replace(/[\s.-]+/g, ''))
  .pipe(z.string().regex(/^(\+84|0)\d{9,10}$/, { error: 'Số điện thoại không hợp lệ.' }))
  .optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Địa chỉ thư điện tử không hợp lệ.' }).max(254, { error: 'Địa chỉ thư điện tử quá dài.' }))
  .optional()
  .nullable()
  .or(z.literal('').transform(() => null))
  .transform((v) => v ?? null);

export const PetitionSenderSchema = z.strictObject({
  fullName: text('Họ và tên người gửi', 2, 200),
  address: text('Địa chỉ người gửi', 1, 500),
  idNumber: IdNumberSchema,
  phone: PhoneSchema,
  email: EmailSchema,
});
export type PetitionSender = z.output<typeof PetitionSenderSchema>;

/** Another signer of a group letter; representatives speak for the group (Luật TCD Đ29). */
export const CoSenderSchema = PetitionSenderSchema.extend({ isRepresentative: z.boolean().default(false) });
export type CoSender = z.output<typeof CoSenderSchema>;

/** Who or what the letter is about: the person or body complained of or denounced, or the decision contested. */
export const RespondentSchema = z.strictObject({
  name: text('Tên cơ quan, tổ chức, cá nhân bị khiếu nại, tố cáo', 2, 300),
  position: optionalText('Chức vụ', 200),
  organisation: optionalText('Cơ quan, đơn vị công tác', 300),
});

export const ContestedDecisionSchema = z.strictObject({
  number: optionalText('Số quyết định', 100),
  date: IsoDateSchema.optional().nullable().transform((v) => v ?? null),
  issuer: optionalText('Cơ quan ban hành', 300),
});

const petitionFields = {
  receivedDate: IsoDateSchema,
  channel: z.enum(petitionChannels, { error: 'Hãy chọn nguồn đơn.' }),
  kind: z.enum(petitionKinds, { error: 'Hãy chọn loại đơn.' }),
  sender: PetitionSenderSchema,
  signerCount: z.coerce
    .number({ error: 'Số người ký đơn phải là số.' })
    .int({ error: 'Số người ký đơn phải là số nguyên.' })
    .min(1, { error: 'Đơn phải có ít nhất 1 người ký.' })
    .max(100000, { error: 'Số người ký đơn quá lớn.' })
    .default(1),
  summary: text('Trích yếu nội dung', 5, 500),
  content: z
    .string({ error: 'Nội dung đơn là bắt buộc.' })
    .transform(toStoredMultiline)
    .pipe(
      z
        .string()
        .min(1, { error: 'Nội dung đơn là bắt buộc.' })
        .max(50000, { error: 'Nội dung đơn không được quá 50.000 ký tự.' }),
    ),
  forwardingAgency: optionalText('Cơ quan chuyển đơn', 300),
  forwardingDocNumber: optionalText('Số văn bản chuyển đơn', 100),
  fieldCode: z.string().trim().max(50).nullish().transform((v) => v || null),
  coSenders: z.array(CoSenderSchema).max(500, { error: 'Tối đa 500 người cùng ký đơn.' }).default([]),
  respondent: RespondentSchema.optional().nullable().transform((v) => v ?? null),
  contestedDecision: ContestedDecisionSchema.optional().nullable().transform((v) => v ?? null),
  /**
   * The sender asks that their identity be kept secret (a complainant may; a denouncer always is,
   * whatever this says: see isIdentityProtected).
   */
  protectIdentity: z.boolean().default(false),
};

type GroupFields = { signerCount: number; coSenders: { isRepresentative: boolean }[] | null };

/** The signer count covers everyone named; a group letter names representatives (Luật TCD Đ29: up to 5). */
function checkGroup(value: GroupFields, ctx: z.RefinementCtx) {
  // Signers kept as stored are checked against the stored list where they are kept.
  if (value.coSenders === null) return;
  if (value.signerCount < 1 + value.coSenders.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['signerCount'],
      message: `Số người ký đơn phải ít nhất bằng số người đã ghi tên (${1 + value.coSenders.length}).`,
    });
  }
  const representatives = value.coSenders.filter((s) => s.isRepresentative).length;
  if (representatives > 5) {
    ctx.addIssue({ code: 'custom', path: ['coSenders'], message: 'Nhóm người cùng ký đơn cử tối đa 5 người đại diện.' });
  }
}

type ForwardingFields = {
  channel: (typeof petitionChannels)[number];
  forwardingAgency: string | null;
};

/** A letter forwarded by an agency or a deputy must name who forwarded it. */
function requireForwardingAgency(value: ForwardingFields, ctx: z.RefinementCtx) {
  if (forwardedChannels.includes(value.channel) && !value.forwardingAgency) {
    ctx.addIssue({
      code: 'custom',
      path: ['forwardingAgency'],
      message: 'Đơn do cơ quan hoặc đại biểu chuyển đến phải ghi tên cơ quan chuyển đơn.',
    });
  }
}

export const PetitionCreateSchema = z
  .strictObject({ ...petitionFields, saveAsDraft: z.boolean().optional().default(false) })
  .superRefine(requireForwardingAgency)
  .superRefine(checkGroup);
export type PetitionCreateInput = z.input<typeof PetitionCreateSchema>;
export type PetitionCreate = z.output<typeof PetitionCreateSchema>;

export const PetitionUpdateDataSchema = z
  .strictObject({
    ...petitionFields,
    /**
     * null keeps the signers as stored: a screen that shows a protected letter's pseudonyms saves
     * it this way, never sending the pseudonyms back as if they were names.
     */
    sender: PetitionSenderSchema.nullable(),
    coSenders: z.array(CoSenderSchema).max(500, { error: 'Tối đa 500 người cùng ký đơn.' }).nullable().default([]),
  })
  .superRefine(requireForwardingAgency)
  .superRefine(checkGroup);
export type PetitionUpdateData = z.output<typeof PetitionUpdateDataSchema>;

export const VersionSchema = z.number({ error: 'Thiếu phiên bản bản ghi.' }).int().min(1);
export const IdSchema = z.uuid({ error: 'Mã bản ghi không hợp lệ.' });

export const PetitionUpdateSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  data: PetitionUpdateDataSchema,
});

export const petitionSortFields = ['receivedDate', 'receiptNumber', 'kind', 'status', 'senderName', 'dueDate', 'updatedAt'] as const;

export const PetitionListFilterSchema = z
  .strictObject({
    q: z.string().max(200).optional(),
    kind: z.enum(petitionKinds).optional(),
    status: z.enum(petitionStatuses).optional(),
    channel: z.enum(petitionChannels).optional(),
    receivedFrom: IsoDateSchema.optional(),
    receivedTo: IsoDateSchema.optional(),
    senderId: z.uuid().optional(),
    duplicateOfId: z.uuid().optional(),
    splitFromId: z.uuid().optional(),
    dueStatus: z.enum(deadlineStatuses).optional(),
  })
  .superRefine((f, ctx) => {
    if (f.receivedFrom && f.receivedTo && isIsoDate(f.receivedFrom) && f.receivedFrom > f.receivedTo) {
      ctx.addIssue({ code: 'custom', path: ['receivedTo'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
    }
  });
export type PetitionListFilter = z.output<typeof PetitionListFilterSchema>;

export const PetitionSortSchema = z.strictObject({
  field: z.enum(petitionSortFields),
  order: z.enum(['ASC', 'DESC']),
});

/** One item of a letter split by content (Luật TCD Đ25.3; TT 07/2014 Đ22): its own kind, summary and content. */
export const SplitItemSchema = z.strictObject({
  kind: z.enum(['complaint', 'denunciation', 'recommendation'], { error: 'Hãy chọn loại của nội dung tách.' }),
  summary: text('Trích yếu nội dung', 5, 500),
  content: z.string().transform(toStoredMultiline).pipe(z.string().min(1, { error: 'Nội dung là bắt buộc.' }).max(50000)),
});
export const SplitSchema = z.array(SplitItemSchema).min(2, { error: 'Tách đơn thành ít nhất hai nội dung.' }).max(10, { error: 'Tối đa 10 nội dung.' });
