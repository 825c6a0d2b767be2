import { z } from 'zod';
import { formatLongDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PetitionRefSchema, capitalize, dashedList, issueFields, issuedDocument, petitionRefPhrase } from './common.js';
import { lawShort } from './legal-bases.js';

export const ReturnLetterInputSchema = z.strictObject({
  ...issueFields,
  /** The deputy, Fatherland Front, press or agency that forwarded the letter. */
  forwardingBody: requiredText('Cơ quan, tổ chức, cá nhân chuyển đơn'),
  /** Its covering document: "Công văn số 123/ĐĐBQH-VP ngày 01/3/2026". */
  forwardingDocument: requiredText('Văn bản chuyển đơn').optional(),
  petition: PetitionRefSchema,
  reasons: z.array(requiredText('Lý do trả lại đơn')).min(1, 'Phải nêu ít nhất một lý do trả lại đơn.'),
  competentBody: requiredText('Cơ quan có thẩm quyền').optional(),
});
export type ReturnLetterInput = z.input<typeof ReturnLetterInputSchema>;

/**
 * Công văn trả lại đơn: a letter forwarded by a deputy, the Fatherland Front, the press or an agency that turns out
 * to be outside competence goes back to the forwarder with reasons and the originals (BRIEF 1.4).
 */
export function returnLetter(input: ReturnLetterInput): AdministrativeDocument {
  const p = ReturnLetterInputSchema.parse(input);
  const received = `${capitalize(formatLongDate(p.petition.receivedDate))}, ${p.issuer.textName} nhận được`;
  const via = p.forwardingDocument === undefined ? `do ${p.forwardingBody} chuyển đến` : `kèm theo ${p.forwardingDocument} của ${p.forwardingBody}`;
  const competent = p.competentBody === undefined ? '' : ` mà thuộc thẩm quyền giải quyết của ${p.competentBody}`;
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${received} ${petitionRefPhrase(p.petition)} ${via}.` },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: p.petition.summary },
    {
      type: 'paragraph',
      text: `Căn cứ ${lawShort.letterHandlingCircular}, qua xem xét, nội dung đơn không thuộc thẩm quyền giải quyết của ${p.issuer.textName}${competent}, vì:`,
    },
    ...dashedList(p.reasons),
    {
      type: 'paragraph',
      text: `${p.issuer.textName} trả lại đơn và các tài liệu kèm theo (nếu có) để ${p.forwardingBody} xem xét, xử lý theo thẩm quyền hoặc hướng dẫn người gửi đơn gửi đến cơ quan có thẩm quyền giải quyết theo quy định của pháp luật.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'return_letter',
    title: null,
    subject: 'V/v trả lại đơn',
    addressees: [p.forwardingBody],
    body,
    recipients: ['Như trên'],
  });
}
