import { z } from 'zod';
import { formatLongDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PetitionRefSchema, capitalize, issueFields, issuedDocument, kindPhrase, partyName, petitionRefPhrase } from './common.js';
import { lawShort } from './legal-bases.js';

export const TransferSlipInputSchema = z.strictObject({
  ...issueFields,
  /** Only denunciations and recommendations are transferred; a complaint outside competence is guided instead. */
  petition: PetitionRefSchema.refine((ref) => ref.kind !== 'complaint', { message: 'Khiếu nại không thuộc thẩm quyền thì hướng dẫn, không chuyển đơn.' }),
  /** The competent body: "Chủ tịch Ủy ban nhân dân huyện Đắk Hà". */
  competentBody: requiredText('Cơ quan có thẩm quyền'),
  enclosures: z.array(requiredText('Tài liệu gửi kèm')).default([]),
});
export type TransferSlipInput = z.input<typeof TransferSlipInputSchema>;

/**
 * Phiếu chuyển đơn, after Mẫu số 03 of Thông tư 05/2021/TT-TTCP: sent once, to the competent body
 * (Luật Tố cáo 2018, khoản 2 Điều 24 for denunciations). For a denunciation the slip itself never names the
 * denouncer, whose identity travels only inside the enclosed letter under the secrecy regime (Điều 9, 56).
 */
export function transferSlip(input: TransferSlipInput): AdministrativeDocument {
  const p = TransferSlipInputSchema.parse(input);
  const ref = p.petition;
  const isDenunciation = ref.kind === 'denunciation';
  const basis = isDenunciation ? `khoản 2 Điều 24 ${lawShort.denunciations} và ${lawShort.letterHandlingCircular}` : lawShort.letterHandlingCircular;
  const enclosures = p.enclosures.length > 0 ? p.enclosures : [`Đơn ${kindPhrase(ref.kind)} và tài liệu kèm theo (nếu có)`];
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${capitalize(formatLongDate(ref.receivedDate))}, ${p.issuer.textName} nhận được ${petitionRefPhrase(ref)}.` },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: ref.summary },
    {
      type: 'paragraph',
      text: `Căn cứ ${basis}, ${p.issuer.textName} chuyển đơn nêu trên đến ${p.competentBody} để xem xét, giải quyết theo thẩm quyền.`,
    },
    ...(isDenunciation
      ? [
          {
            type: 'paragraph',
            text: `Thông tin về người tố cáo được giữ bí mật theo quy định tại điểm b khoản 1 Điều 9 và Điều 56 ${lawShort.denunciations}; đề nghị ${p.competentBody} thực hiện việc bảo vệ người tố cáo và thông báo cho người tố cáo theo quy định.`,
          } as const,
        ]
      : []),
    { type: 'paragraph', text: 'Tài liệu gửi kèm:' },
    ...enclosures.map((e, i): BodyBlock => ({ type: 'item', marker: `${i + 1}.`, text: e })),
  ];
  const sender = ref.kind !== 'denunciation' && ref.sender !== undefined ? [`${capitalize(partyName(ref.sender))} (để biết)`] : [];
  return issuedDocument(p, {
    kind: 'transfer_slip',
    title: isDenunciation ? 'PHIẾU CHUYỂN ĐƠN TỐ CÁO' : 'PHIẾU CHUYỂN ĐƠN',
    subject: null,
    addressees: [p.competentBody],
    body,
    recipients: ['Như trên', ...sender],
  });
}
