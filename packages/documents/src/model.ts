import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';

/** Every document the handling outcomes and cases produce (issue 4, BRIEF 1.4). */
export const documentKinds = [
  'receipt',
  'acceptance_proposal',
  'acceptance_notice',
  'non_acceptance_notice',
  'guidance',
  'transfer_slip',
  'return_letter',
  'urge_letter',
  'archive_note',
  'denunciation_acceptance_decision',
  'extension_decision',
  'complaint_decision',
  'denunciation_conclusion',
  'reception_conclusion_notice',
  'annual_report',
  'plan_year_end_report',
] as const;
export const DocumentKindSchema = z.enum(documentKinds);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const documentKindLabels: Record<DocumentKind, string> = {
  receipt: 'Giấy biên nhận đơn',
  acceptance_proposal: 'Phiếu đề xuất thụ lý đơn',
  acceptance_notice: 'Thông báo thụ lý giải quyết khiếu nại',
  non_acceptance_notice: 'Thông báo không thụ lý',
  guidance: 'Phiếu hướng dẫn',
  transfer_slip: 'Phiếu chuyển đơn',
  return_letter: 'Văn bản trả lại đơn',
  urge_letter: 'Văn bản đôn đốc',
  archive_note: 'Phiếu xếp lưu đơn',
  denunciation_acceptance_decision: 'Quyết định thụ lý tố cáo',
  extension_decision: 'Quyết định gia hạn giải quyết tố cáo',
  complaint_decision: 'Quyết định giải quyết khiếu nại',
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
  reception_conclusion_notice: 'Thông báo kết luận tiếp công dân',
  annual_report: 'Báo cáo kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo năm',
  plan_year_end_report: 'Báo cáo kết quả thực hiện kế hoạch công tác năm',
};

export const requiredText = (field: string) =>
  z.string({ error: `${field} phải là chuỗi ký tự.` }).trim().min(1, `${field} không được để trống.`);

/**
 * The agency block (ô số 2 of NĐ 30/2020). Only the directly managing body is printed above the issuer, so a
 * document issued by a unit prints `name` (e.g. SỞ NỘI VỤ) over `unitName` and leaves `parentName` out.
 */
export const AgencySchema = z.strictObject({
  parentName: requiredText('Tên cơ quan chủ quản'),
  name: requiredText('Tên cơ quan ban hành'),
  unitName: requiredText('Tên đơn vị ban hành').optional(),
});
export type Agency = z.infer<typeof AgencySchema>;

export const SignerSchema = z.strictObject({
  /** Signing on someone's behalf: "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TM. …", "Q. GIÁM ĐỐC", "TUQ. GIÁM ĐỐC". */
  authority: requiredText('Quyền hạn ký').optional(),
  title: requiredText('Chức vụ người ký'),
  name: requiredText('Họ tên người ký'),
});
export type Signer = z.infer<typeof SignerSchema>;

const text = requiredText('Nội dung đoạn văn');

/** Body content is structural, not styled, so every document gets the same NĐ 30 typography. */
export const BodyBlockSchema = z.discriminatedUnion('type', [
  /** A justified paragraph with first-line indent; `lead` is printed bold before the text. */
  z.strictObject({ type: z.literal('paragraph'), text, lead: requiredText('Phần mở đầu đoạn văn').optional() }),
  /** A "Căn cứ …" line of a decision: italic. */
  z.strictObject({ type: z.literal('basis'), text }),
  /** A centred bold line: the issuing authority of a decision, "QUYẾT ĐỊNH:". */
  z.strictObject({ type: z.literal('heading'), text }),
  /** A bold section line such as "I. Nội dung khiếu nại". */
  z.strictObject({ type: z.literal('section'), text }),
  /** A numbered or dashed item: marker "1.", "a)", "-". */
  z.strictObject({ type: z.literal('item'), marker: requiredText('Ký hiệu mục'), text }),
  /** "Điều 1. …" with the article label in bold. */
  z.strictObject({ type: z.literal('article'), number: z.number().int().positive(), text }),
]);
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

export const AdministrativeDocumentSchema = z
  .strictObject({
    kind: DocumentKindSchema,
    agency: AgencySchema,
    /** Register number per agency and year; null for a draft, printed as a blank for the clerk. */
    number: z.number().int().positive('Số văn bản phải là số nguyên dương.').nullable(),
    /** Ký hiệu: "TB-SNV", "QĐ-SNV", "SNV-TTr" (NĐ 30/2020, Phụ lục III abbreviations). */
    symbol: requiredText('Ký hiệu văn bản').regex(/^[\p{L}\d.]+(?:-[\p{L}\d.]+)*$/u, 'Ký hiệu văn bản chỉ gồm chữ, số và dấu gạch nối.'),
    place: requiredText('Địa danh'),
    date: IsoDateSchema,
    /** Tên loại ("THÔNG BÁO"); null for an official letter (công văn), whose subject goes under the number. */
    title: requiredText('Tên loại văn bản').nullable(),
    /** Trích yếu: "Về việc …" under the title, or "V/v …" for a công văn. */
    subject: requiredText('Trích yếu').nullable(),
    addressees: z.array(requiredText('Nơi gửi')),
    body: z.array(BodyBlockSchema).min(1, 'Văn bản phải có nội dung.'),
    signer: SignerSchema,
    recipients: z.array(requiredText('Nơi nhận')),
  })
  .refine((doc) => doc.title !== null || doc.subject !== null, {
    message: 'Công văn (không có tên loại) phải có trích yếu.',
    path: ['subject'],
  });
export type AdministrativeDocument = z.infer<typeof AdministrativeDocumentSchema>;
