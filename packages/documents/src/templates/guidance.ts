import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PartySchema, capitalize, issueFields, issuedDocument, kindPhrase, letterPhrase, partyName, partyWithAddress } from './common.js';
import { lawShort } from './legal-bases.js';

export const GuidanceInputSchema = z.strictObject({
  ...issueFields,
  kind: z.enum(['complaint', 'denunciation', 'recommendation']),
  /** Guidance is written to the sender, who is its only addressee. */
  sender: PartySchema,
  letterDate: IsoDateSchema.optional(),
  receivedDate: IsoDateSchema,
  summary: requiredText('Tóm tắt nội dung đơn'),
  /** Who can resolve it: "Chủ tịch Ủy ban nhân dân huyện Đắk Hà". */
  competentBody: requiredText('Cơ quan có thẩm quyền giải quyết'),
  /** Why it is outside the agency's competence, in a sentence. */
  reason: requiredText('Lý do không thuộc thẩm quyền').optional(),
  /** Whether the original letter and documents go back to the sender with the slip. */
  returnsOriginals: z.boolean().default(true),
});
export type GuidanceInput = z.input<typeof GuidanceInputSchema>;

const basisFor = (kind: 'complaint' | 'denunciation' | 'recommendation'): string =>
  kind === 'complaint'
    ? `quy định của ${lawShort.complaints} và ${lawShort.letterHandlingCircular}`
    : kind === 'denunciation'
      ? `quy định tại khoản 2 Điều 24 ${lawShort.denunciations} và ${lawShort.letterHandlingCircular}`
      : `quy định của ${lawShort.citizenReception} và ${lawShort.letterHandlingCircular}`;

/** Phiếu hướng dẫn: tells the sender where to send a letter outside competence; given only once per content (BRIEF 1.4). */
export function guidance(input: GuidanceInput): AdministrativeDocument {
  const p = GuidanceInputSchema.parse(input);
  const who = partyName(p.sender);
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${capitalize(formatLongDate(p.receivedDate))}, ${p.issuer.textName} nhận được ${letterPhrase(p.kind, p.letterDate)} của ${partyWithAddress(p.sender)}.` },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: p.summary },
    {
      type: 'paragraph',
      text: `Căn cứ ${basisFor(p.kind)}, nội dung đơn không thuộc thẩm quyền giải quyết của ${p.issuer.textName}${p.reason === undefined ? '' : ` (${p.reason.replace(/[.]+$/u, '')})`}. ${p.issuer.textName} hướng dẫn ${who} gửi đơn ${kindPhrase(p.kind)} đến ${p.competentBody} để được xem xét, giải quyết theo quy định của pháp luật.`,
    },
    ...(p.returnsOriginals ? [{ type: 'paragraph', text: `Đơn và các tài liệu bản gốc kèm theo (nếu có) được gửi trả lại ${who} cùng Phiếu hướng dẫn này.` } as const] : []),
    {
      type: 'paragraph',
      text: `Việc hướng dẫn chỉ thực hiện một lần đối với cùng một nội dung; trường hợp ${who} tiếp tục gửi đơn có nội dung như trên đến ${p.issuer.textName} thì đơn sẽ được xếp lưu theo quy định.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'guidance',
    title: 'PHIẾU HƯỚNG DẪN',
    subject: null,
    addressees: [capitalize(who)],
    body,
    recipients: ['Như trên'],
  });
}
