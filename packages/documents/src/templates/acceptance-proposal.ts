import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate } from '../dates.js';
import { requiredText, type AdministrativeDocument } from '../model.js';
import { PartySchema, capitalize, issueFields, issuedDocument, letterPhrase, partyWithAddress } from './common.js';
import { lawShort } from './legal-bases.js';

export const AcceptanceProposalInputSchema = z.strictObject({
  ...issueFields,
  kind: z.enum(['complaint', 'denunciation']),
  /** Internal, to the resolver: the denouncer's identity is needed here to decide, and goes no further. */
  sender: PartySchema,
  letterDate: IsoDateSchema.optional(),
  receivedDate: IsoDateSchema,
  /** The unit that processed the letter and proposes: "Thanh tra Sở", "Phòng Hành chính - Tổng hợp". */
  proposingUnit: requiredText('Đơn vị đề xuất'),
  summary: requiredText('Tóm tắt nội dung đơn'),
  /** For a complaint: the decision or act complained about; for a denunciation: the person and the act. */
  subjectMatter: requiredText('Đối tượng khiếu nại, tố cáo'),
  round: z.enum(['first', 'second']).optional(),
});
export type AcceptanceProposalInput = z.input<typeof AcceptanceProposalInputSchema>;

/** Phiếu đề xuất thụ lý đơn: the unit proposes that the head accept an eligible letter within competence (BRIEF 1.4). */
export function acceptanceProposal(input: AcceptanceProposalInput): AdministrativeDocument {
  const p = AcceptanceProposalInputSchema.parse(input);
  const isComplaint = p.kind === 'complaint';
  const roundText = isComplaint ? (p.round === 'second' ? ' (lần hai)' : ' (lần đầu)') : '';
  const grounds = isComplaint
    ? `đơn khiếu nại đáp ứng các điều kiện thụ lý quy định tại Điều ${p.round === 'second' ? '36' : '27'} ${lawShort.complaints}, không thuộc các trường hợp không thụ lý quy định tại Điều 11 ${lawShort.complaints}`
    : `đơn tố cáo đáp ứng các điều kiện thụ lý quy định tại khoản 1 Điều 29 ${lawShort.denunciations}`;
  return issuedDocument(p, {
    kind: 'acceptance_proposal',
    title: 'PHIẾU ĐỀ XUẤT THỤ LÝ ĐƠN',
    subject: null,
    addressees: [p.issuer.headTitle],
    body: [
      { type: 'paragraph', text: `${capitalize(formatLongDate(p.receivedDate))}, ${p.issuer.textName} nhận được ${letterPhrase(p.kind, p.letterDate)} của ${partyWithAddress(p.sender)}.` },
      { type: 'paragraph', lead: isComplaint ? 'Khiếu nại:' : 'Tố cáo:', text: `${p.subjectMatter}.` },
      { type: 'paragraph', lead: 'Nội dung đơn:', text: p.summary },
      { type: 'paragraph', text: `Qua nghiên cứu, ${p.proposingUnit} nhận thấy: ${grounds} và thuộc thẩm quyền giải quyết của ${p.issuer.headTitle}.` },
      {
        type: 'paragraph',
        text: `${capitalize(p.proposingUnit)} đề xuất ${p.issuer.headTitle} thụ lý giải quyết ${isComplaint ? 'khiếu nại' : 'tố cáo'}${roundText} theo quy định của pháp luật.`,
      },
    ],
    recipients: [],
  });
}
