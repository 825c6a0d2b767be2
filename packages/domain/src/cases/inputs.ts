import { z } from 'zod';
import { vnMultiline, vnText } from '../text/vn-text.js';
import { IsoDateSchema } from '../common/iso-date.js';

const reason = (what: string) =>
  vnMultiline({ error: `Hãy ghi ${what}.` }).min(5, { error: `Hãy ghi ${what} (ít nhất 5 ký tự).` }).max(2000);

export const verificationStepKinds = ['work_session', 'document_request', 'site_check', 'expert_opinion', 'other'] as const;
export type VerificationStepKind = (typeof verificationStepKinds)[number];
export const verificationStepKindLabels: Record<VerificationStepKind, string> = {
  work_session: 'Làm việc trực tiếp',
  document_request: 'Yêu cầu cung cấp thông tin, tài liệu',
  site_check: 'Xác minh thực tế',
  expert_opinion: 'Trưng cầu giám định',
  other: 'Khác',
};

export const VerificationStepSchema = z.strictObject({
  kind: z.enum(verificationStepKinds, { error: 'Hãy chọn loại hoạt động xác minh.' }),
  date: IsoDateSchema,
  description: vnMultiline().min(5, { error: 'Hãy mô tả nội dung xác minh.' }).max(2000),
  minutes: vnMultiline().max(20000).optional(),
});

export const MeasureSchema = z.strictObject({
  description: vnMultiline().min(5, { error: 'Hãy ghi nội dung biện pháp cần thực hiện.' }).max(2000),
  responsible: vnText().min(2, { error: 'Hãy ghi cơ quan, cá nhân chịu trách nhiệm thực hiện.' }).max(300),
  dueDate: IsoDateSchema,
});

export const CaseFlagsSchema = z.strictObject({ isComplex: z.boolean(), isRemote: z.boolean() });

export const ExtendSchema = z.strictObject({ reason: reason('lý do gia hạn') });
export const SuspendSchema = z.strictObject({ reason: reason('lý do tạm đình chỉ') });
export const TerminateSchema = z.strictObject({ reason: reason('lý do đình chỉ') });

export const SignSchema = z.strictObject({
  /** A short statement of the result for lists and reports; the full text is the signed document. */
  resultSummary: vnMultiline().min(10, { error: 'Hãy tóm tắt kết quả giải quyết.' }).max(5000),
});
