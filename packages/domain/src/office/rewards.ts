import { z } from 'zod';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, optionalDateField, optionalMultiline, optionalPickedId, optionalText, refineDateOrder, requiredMultiline } from './fields.js';

/** Khen thưởng or kỷ luật of officials and units for reception and complaint work (the plan's item 3). */
export const rewardKinds = ['reward', 'discipline'] as const;
export type RewardKind = (typeof rewardKinds)[number];
export const rewardKindLabels: Record<RewardKind, string> = { reward: 'Khen thưởng', discipline: 'Kỷ luật' };

export const rewardSubjects = ['official', 'unit'] as const;
export type RewardSubject = (typeof rewardSubjects)[number];
export const rewardSubjectLabels: Record<RewardSubject, string> = { official: 'Cá nhân', unit: 'Tập thể' };

/**
 * Hình thức khen thưởng (Luật Thi đua, khen thưởng 2022) and kỷ luật (Luật Cán bộ, công chức;
 * NĐ 112/2020), each with who it may be given to: a unit is rewarded, never disciplined here.
 */
export const rewardForms = [
  { code: 'certificate_of_merit_director', kind: 'reward', subjects: ['official', 'unit'], label: 'Giấy khen của Giám đốc Sở' },
  { code: 'certificate_of_merit_province', kind: 'reward', subjects: ['official', 'unit'], label: 'Bằng khen của Chủ tịch UBND tỉnh' },
  { code: 'certificate_of_merit_government', kind: 'reward', subjects: ['official', 'unit'], label: 'Bằng khen của Thủ tướng Chính phủ' },
  { code: 'emulation_soldier', kind: 'reward', subjects: ['official'], label: 'Chiến sĩ thi đua cơ sở' },
  { code: 'advanced_worker', kind: 'reward', subjects: ['official'], label: 'Lao động tiên tiến' },
  { code: 'advanced_collective', kind: 'reward', subjects: ['unit'], label: 'Tập thể lao động tiên tiến' },
  { code: 'excellent_collective', kind: 'reward', subjects: ['unit'], label: 'Tập thể lao động xuất sắc' },
  { code: 'reprimand', kind: 'discipline', subjects: ['official'], label: 'Khiển trách' },
  { code: 'warning', kind: 'discipline', subjects: ['official'], label: 'Cảnh cáo' },
  { code: 'salary_reduction', kind: 'discipline', subjects: ['official'], label: 'Hạ bậc lương' },
  { code: 'demotion', kind: 'discipline', subjects: ['official'], label: 'Giáng chức' },
  { code: 'dismissal_from_post', kind: 'discipline', subjects: ['official'], label: 'Cách chức' },
  { code: 'forced_resignation', kind: 'discipline', subjects: ['official'], label: 'Buộc thôi việc' },
] as const satisfies readonly { code: string; kind: RewardKind; subjects: readonly RewardSubject[]; label: string }[];
export const rewardFormCodes = rewardForms.map((f) => f.code) as [RewardFormCode, ...RewardFormCode[]];
export type RewardFormCode = (typeof rewardForms)[number]['code'];
export const rewardFormLabels = Object.fromEntries(rewardForms.map((f) => [f.code, f.label])) as Record<RewardFormCode, string>;

/** What a disciplinary record says was breached, when it comes from a letter's or case's handling. */
export const disciplineBreaches = ['deadline', 'confidentiality', 'other'] as const;
export type DisciplineBreach = (typeof disciplineBreaches)[number];
export const disciplineBreachLabels: Record<DisciplineBreach, string> = {
  deadline: 'Vi phạm thời hạn xử lý, giải quyết',
  confidentiality: 'Vi phạm quy định giữ bí mật thông tin người tố cáo',
  other: 'Vi phạm khác',
};

/** Khen thưởng or kỷ luật from proposal to decision; it is "proposed" until the decision is recorded. */
export const rewardStatuses = ['proposed', 'decided'] as const;
export type RewardStatus = (typeof rewardStatuses)[number];
export const rewardStatusLabels: Record<RewardStatus, string> = { proposed: 'Đã đề nghị', decided: 'Đã có quyết định' };

export const RewardDataSchema = z
  .strictObject({
    kind: z.enum(rewardKinds, { error: 'Hãy chọn khen thưởng hay kỷ luật.' }),
    subjectType: z.enum(rewardSubjects, { error: 'Hãy chọn cá nhân hay tập thể.' }),
    userId: optionalPickedId('cán bộ'),
    unitId: optionalPickedId('tập thể (đơn vị)'),
    form: z.enum(rewardFormCodes, { error: 'Hãy chọn hình thức.' }),
    proposalNumber: optionalText('Số tờ trình đề nghị', 100),
    proposalDate: dateField('Ngày đề nghị'),
    decisionNumber: optionalText('Số quyết định', 100),
    decisionDate: optionalDateField('Ngày quyết định'),
    decisionSigner: optionalText('Người ký quyết định', 200),
    reason: requiredMultiline('Thành tích hoặc lý do', 4000),
    breach: z
      .enum(disciplineBreaches, { error: 'Hãy chọn loại vi phạm.' })
      .nullish()
      .transform((v) => v ?? null),
    /** The letter or case whose handling the discipline is about. */
    petitionId: optionalPickedId('đơn liên quan'),
    caseId: optionalPickedId('vụ việc liên quan'),
    note: optionalMultiline('Ghi chú', 2000),
  })
  .superRefine((r, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (r.subjectType === 'official' && r.userId === null) issue('userId', 'Hãy chọn cán bộ được khen thưởng hoặc kỷ luật.');
    if (r.subjectType === 'official' && r.unitId !== null) issue('unitId', 'Khen thưởng, kỷ luật cá nhân thì không chọn tập thể.');
    if (r.subjectType === 'unit' && r.unitId === null) issue('unitId', 'Hãy chọn tập thể (đơn vị) được khen thưởng.');
    if (r.subjectType === 'unit' && r.userId !== null) issue('userId', 'Khen thưởng tập thể thì không chọn cán bộ.');
    const form = rewardForms.find((f) => f.code === r.form);
    if (form && form.kind !== r.kind) issue('form', r.kind === 'reward' ? 'Hãy chọn một hình thức khen thưởng.' : 'Hãy chọn một hình thức kỷ luật.');
    else if (form && !(form.subjects as readonly RewardSubject[]).includes(r.subjectType)) {
      issue('form', `Hình thức "${form.label}" không áp dụng cho ${rewardSubjectLabels[r.subjectType].toLocaleLowerCase('vi')}.`);
    }
    if (r.kind === 'reward') {
      if (r.breach !== null) issue('breach', 'Chỉ ghi loại vi phạm với hình thức kỷ luật.');
      if (r.petitionId !== null || r.caseId !== null) issue(r.petitionId !== null ? 'petitionId' : 'caseId', 'Chỉ liên kết đơn, vụ việc với hình thức kỷ luật.');
    } else if ((r.petitionId !== null || r.caseId !== null) && r.breach === null) {
      issue('breach', 'Kỷ luật gắn với đơn, vụ việc phải ghi loại vi phạm (thời hạn hoặc bí mật thông tin).');
    }
    // A decision is recorded whole: its number, date and signer together.
    const decision = [r.decisionNumber, r.decisionDate, r.decisionSigner];
    if (decision.some((v) => v !== null) && decision.some((v) => v === null)) {
      if (r.decisionNumber === null) issue('decisionNumber', 'Hãy ghi số quyết định.');
      if (r.decisionDate === null) issue('decisionDate', 'Hãy ghi ngày quyết định.');
      if (r.decisionSigner === null) issue('decisionSigner', 'Hãy ghi người ký quyết định.');
    }
    refineDateOrder(ctx, r.proposalDate, r.decisionDate, 'decisionDate', 'Ngày quyết định không được trước ngày đề nghị.');
  });
export type RewardData = z.output<typeof RewardDataSchema>;
export type RewardDataInput = z.input<typeof RewardDataSchema>;

export const RewardUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: RewardDataSchema });

export const rewardStatusOf = (r: { decisionNumber: string | null }): RewardStatus => (r.decisionNumber === null ? 'proposed' : 'decided');

export const rewardSortFields = ['proposalDate', 'decisionDate', 'updatedAt'] as const;
export const RewardSortSchema = z.strictObject({ field: z.enum(rewardSortFields), order: z.enum(['ASC', 'DESC']) });
export const RewardListFilterSchema = z.strictObject({
  kind: z.enum(rewardKinds).optional(),
  status: z.enum(rewardStatuses).optional(),
  userId: IdSchema.optional(),
  unitId: IdSchema.optional(),
  caseId: IdSchema.optional(),
  petitionId: IdSchema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
});
export type RewardListFilter = z.output<typeof RewardListFilterSchema>;
