import { z } from 'zod';
import { IsoDateSchema, isIsoDate } from '../common/iso-date.js';
import { IdSchema, PetitionSenderSchema, VersionSchema } from '../petitions/schemas.js';
import { toStoredMultiline, toStoredText } from '../text/vn-text.js';
import { receptionModeError } from './date-effective.js';
import { groupRepresentativesError } from './group-representatives.js';
import { refusalGroundOn } from './refusal-grounds.js';
import { headReceptionModes, identityPapers, receptionMatterKinds, receptionModes, receptionOutcomes, receptionVisitKinds } from './visit-enums.js';

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform(toStoredText)
    .pipe(
      z
        .string()
        // An empty field is missing, not too short: the message should say so.
        .min(1, { error: `${label} là bắt buộc.`, abort: true })
        .min(min, { error: `${label} phải có ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} không được quá ${max} ký tự.` }),
    );

const multiline = (label: string, min: number, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform(toStoredMultiline)
    .pipe(
      z
        .string()
        // An empty field is missing, not too short: the message should say so.
        .min(1, { error: `${label} là bắt buộc.`, abort: true })
        .min(min, { error: `${label} phải có ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} không được quá ${max} ký tự.` }),
    );

const optionalMultiline = (label: string, max: number) =>
  z
    .string()
    .transform(toStoredMultiline)
    .pipe(z.string().max(max, { error: `${label} không được quá ${max} ký tự.` }))
    .nullish()
    .transform((v) => v || null);

/** A visitor whose identity papers were checked (TT 06/2014 Đ5–8); representatives speak for a group. */
export const ReceptionVisitorSchema = PetitionSenderSchema.extend({
  isRepresentative: z.boolean().default(false),
  identityPaper: z.enum(identityPapers, { error: 'Hãy chọn giấy tờ tùy thân đã kiểm tra.' }),
});
export type ReceptionVisitor = z.output<typeof ReceptionVisitorSchema>;

const visitFields = {
  visitDate: IsoDateSchema,
  kind: z.enum(receptionVisitKinds, { error: 'Hãy chọn hình thức tiếp.' }),
  mode: z.enum(receptionModes, { error: 'Hãy chọn tiếp trực tiếp hay trực tuyến.' }).default('in_person'),
  place: text('Địa điểm tiếp', 2, 300),
  /** Defaults to the official who records the visit. */
  receivingOfficialId: IdSchema.nullish().transform((v) => v ?? null),
  headReception: z.enum(headReceptionModes, { error: 'Hãy chọn Thủ trưởng trực tiếp tiếp hay ủy quyền tiếp.' }).nullish().transform((v) => v ?? null),
  headcount: z.coerce
    .number({ error: 'Số người đến phải là số.' })
    .int({ error: 'Số người đến phải là số nguyên.' })
    .min(1, { error: 'Phải có ít nhất 1 người đến.' })
    .max(10000, { error: 'Số người đến quá lớn.' }),
  visitors: z.array(ReceptionVisitorSchema).min(1, { error: 'Hãy ghi ít nhất một người đến (họ tên, địa chỉ).' }).max(100, { error: 'Tối đa 100 người được ghi tên.' }),
  matterKind: z.enum(receptionMatterKinds, { error: 'Hãy chọn loại nội dung vụ việc.' }),
  fieldCode: z.string().trim().max(50).nullish().transform((v) => v || null),
  summary: text('Tóm tắt nội dung vụ việc', 5, 500),
  content: multiline('Nội dung vụ việc', 1, 20000),
  history: optionalMultiline('Quá trình giải quyết của cơ quan khác', 5000),
  request: multiline('Yêu cầu của công dân', 3, 5000),
  outcome: z.enum(receptionOutcomes, { error: 'Hãy chọn kết quả tiếp.' }),
  outcomeNote: optionalMultiline('Ghi chú kết quả tiếp', 5000),
  refusalGroundCode: z.string().trim().max(50).nullish().transform((v) => v || null),
  /** A complainant may ask for secrecy; a denunciation is always protected (isIdentityProtected). */
  protectIdentity: z.boolean().default(false),
  /** The earlier letter on the same matter the officer recognised (from the duplicate suggestions). */
  repeatOfPetitionId: IdSchema.nullish().transform((v) => v ?? null),
};

type VisitRuleFields = {
  visitDate: string;
  kind: (typeof receptionVisitKinds)[number];
  mode: (typeof receptionModes)[number];
  headReception: string | null;
  headcount: number;
  visitors: { isRepresentative: boolean }[] | null;
  outcome: (typeof receptionOutcomes)[number];
  outcomeNote: string | null;
  refusalGroundCode: string | null;
};

/** What the law requires of a visit record beyond each field's own shape. */
function checkVisit(v: VisitRuleFields, ctx: z.RefinementCtx) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!isIsoDate(v.visitDate)) return;
  const modeError = receptionModeError(v.mode, v.visitDate);
  if (modeError) issue('mode', modeError);
  if (v.kind !== 'regular' && !v.headReception) issue('headReception', 'Thủ trưởng tiếp định kỳ, đột xuất: hãy ghi Thủ trưởng trực tiếp tiếp hay ủy quyền tiếp.');
  // Visitors kept as stored (a protected visit's edit) are checked where they are stored.
  if (v.visitors) {
    if (v.headcount < v.visitors.length) issue('headcount', `Số người đến phải ít nhất bằng số người đã ghi tên (${v.visitors.length}).`);
    const groupError = groupRepresentativesError(v.headcount, v.visitors.filter((p) => p.isRepresentative).length);
    if (groupError) issue('visitors', groupError);
  }
  if (v.outcome === 'refused') {
    const ground = v.refusalGroundCode ? refusalGroundOn(v.refusalGroundCode, v.visitDate) : undefined;
    if (!v.refusalGroundCode) issue('refusalGroundCode', 'Từ chối tiếp phải nêu căn cứ pháp lý.');
    else if (!ground) issue('refusalGroundCode', 'Căn cứ từ chối này chưa (hoặc không còn) có hiệu lực vào ngày tiếp.');
    else if (ground.needsNote && !v.outcomeNote) issue('outcomeNote', 'Hãy ghi rõ trường hợp từ chối theo quy định của pháp luật.');
  } else if (v.refusalGroundCode) {
    issue('refusalGroundCode', 'Chỉ ghi căn cứ từ chối khi kết quả là từ chối tiếp.');
  }
  if (v.outcome === 'guided' && !v.outcomeNote) issue('outcomeNote', 'Hãy ghi cơ quan có thẩm quyền đã hướng dẫn công dân đến.');
}

export const ReceptionVisitCreateSchema = z.strictObject(visitFields).superRefine(checkVisit);
export type ReceptionVisitCreateInput = z.input<typeof ReceptionVisitCreateSchema>;
export type ReceptionVisitCreate = z.output<typeof ReceptionVisitCreateSchema>;

export const ReceptionVisitUpdateDataSchema = z
  .strictObject({
    ...visitFields,
    /** null keeps the visitors as stored: a protected visit's screen shows pseudonyms, never sent back as names. */
    visitors: visitFields.visitors.nullable(),
  })
  .superRefine(checkVisit);
export type ReceptionVisitUpdateData = z.output<typeof ReceptionVisitUpdateDataSchema>;

export const ReceptionVisitUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: ReceptionVisitUpdateDataSchema });

export const receptionVisitSortFields = ['visitDate', 'visitNumber', 'kind', 'outcome', 'replyDueDate', 'updatedAt'] as const;
export const ReceptionVisitSortSchema = z.strictObject({ field: z.enum(receptionVisitSortFields), order: z.enum(['ASC', 'DESC']) });

const periodRefine = (f: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  if (f.from && f.to && isIsoDate(f.from) && f.from > f.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'Ngày kết thúc phải sau ngày bắt đầu.' });
};

export const ReceptionVisitListFilterSchema = z
  .strictObject({
    q: z.string().max(200).optional(),
    kind: z.enum(receptionVisitKinds).optional(),
    mode: z.enum(receptionModes).optional(),
    matterKind: z.enum(receptionMatterKinds).optional(),
    outcome: z.enum(receptionOutcomes).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    petitionId: IdSchema.optional(),
    isGroup: z.boolean().optional(),
    isRepeat: z.boolean().optional(),
  })
  .superRefine(periodRefine);
export type ReceptionVisitListFilter = z.output<typeof ReceptionVisitListFilterSchema>;

/** The register for a period, as a spreadsheet or a Word document. */
export const ReceptionRegisterExportSchema = z
  .strictObject({
    from: IsoDateSchema,
    to: IsoDateSchema,
    format: z.enum(['xlsx', 'docx'], { error: 'Hãy chọn định dạng tệp.' }),
  })
  .superRefine(periodRefine);
export type ReceptionRegisterExport = z.output<typeof ReceptionRegisterExportSchema>;
