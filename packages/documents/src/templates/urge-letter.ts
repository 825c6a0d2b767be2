import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate, formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PetitionRefSchema, capitalize, issueFields, issuedDocument, kindPhrase, petitionRefPhrase } from './common.js';
import { lawShort } from './legal-bases.js';

export const UrgeLetterInputSchema = z.strictObject({
  ...issueFields,
  /** The lower body that must resolve the matter: "Chủ tịch Ủy ban nhân dân huyện Đắk Hà". */
  addressee: requiredText('Nơi nhận đôn đốc'),
  petition: PetitionRefSchema,
  /** How the matter reached the addressee: "Phiếu chuyển đơn số 15/PC-SNV ngày 10/01/2026 của Sở Nội vụ". */
  previousDocument: requiredText('Văn bản chuyển đơn trước đây').optional(),
  /** The addressee's own deadline, now passed. */
  dueDate: IsoDateSchema.optional(),
  /** When the written report is expected back. */
  reportBy: IsoDateSchema,
});
export type UrgeLetterInput = z.input<typeof UrgeLetterInputSchema>;

/**
 * Công văn đôn đốc: the matter belongs to a lower body and is overdue, so the agency demands resolution and a
 * report (Luật Tố cáo 2018, Điều 38 for denunciations; Thông tư 05/2021/TT-TTCP for the rest).
 */
export function urgeLetter(input: UrgeLetterInput): AdministrativeDocument {
  const p = UrgeLetterInputSchema.parse(input);
  const what = kindPhrase(p.petition.kind);
  const basis = p.petition.kind === 'denunciation' ? `Điều 38 ${lawShort.denunciations}` : lawShort.letterHandlingCircular;
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      text: `${capitalize(formatLongDate(p.petition.receivedDate))}, ${p.issuer.textName} nhận được ${petitionRefPhrase(p.petition)}${p.previousDocument === undefined ? '' : ` và đã chuyển đến ${p.addressee} theo ${p.previousDocument}`}.`,
    },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: p.petition.summary },
    {
      type: 'paragraph',
      text: `Việc giải quyết ${what} nêu trên thuộc thẩm quyền của ${p.addressee}${p.dueDate === undefined ? '' : `, thời hạn giải quyết đến hết ngày ${formatShortDate(p.dueDate)}`}. Đến nay đã quá thời hạn giải quyết theo quy định nhưng ${p.issuer.textName} chưa nhận được báo cáo kết quả giải quyết.`,
    },
    {
      type: 'paragraph',
      text: `Căn cứ ${basis}, ${p.issuer.textName} đề nghị ${p.addressee} khẩn trương chỉ đạo giải quyết dứt điểm vụ việc theo quy định của pháp luật và báo cáo kết quả bằng văn bản về ${p.issuer.textName} trước ${formatLongDate(p.reportBy)}.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'urge_letter',
    title: null,
    subject: `V/v đôn đốc giải quyết đơn ${what}`,
    addressees: [p.addressee],
    body,
    recipients: ['Như trên'],
  });
}
