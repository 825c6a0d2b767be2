import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate, formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PartySchema, capitalize, issueFields, issuedDocument, letterPhrase, partyName, partyWithAddress } from './common.js';
import { lawShort } from './legal-bases.js';

export const AcceptanceNoticeInputSchema = z.strictObject({
  ...issueFields,
  round: z.enum(['first', 'second']),
  complainant: PartySchema,
  letterDate: IsoDateSchema.optional(),
  receivedDate: IsoDateSchema,
  /** The administrative decision or act complained about. */
  complaintAgainst: requiredText('Quyết định, hành vi bị khiếu nại'),
  summary: requiredText('Tóm tắt nội dung khiếu nại'),
  /** The resolution deadline from the legal clock, when it should be told to the complainant. */
  dueDate: IsoDateSchema.optional(),
  /** The body that forwarded the complaint, told of the acceptance (Luật Khiếu nại, Điều 27). */
  forwardedBy: requiredText('Cơ quan chuyển đơn').optional(),
  /** The state inspectorate at the same level, told of the acceptance; data, since the 2025 reform moved it. */
  inspectorate: requiredText('Cơ quan thanh tra nhà nước cùng cấp').default('Thanh tra tỉnh'),
});
export type AcceptanceNoticeInput = z.input<typeof AcceptanceNoticeInputSchema>;

/**
 * Thông báo thụ lý giải quyết khiếu nại, to the complainant, the forwarding body if any, and the state
 * inspectorate at the same level (Luật Khiếu nại 2011, Điều 27 for the first round, Điều 36 for the second).
 */
export function acceptanceNotice(input: AcceptanceNoticeInput): AdministrativeDocument {
  const p = AcceptanceNoticeInputSchema.parse(input);
  const isFirst = p.round === 'first';
  const roundText = isFirst ? 'lần đầu' : 'lần hai';
  const who = partyName(p.complainant);
  const body: BodyBlock[] = [
    {
      type: 'paragraph',
      text: `${capitalize(formatLongDate(p.receivedDate))}, ${p.issuer.textName} nhận được ${letterPhrase('complaint', p.letterDate)} của ${partyWithAddress(p.complainant)}${p.forwardedBy === undefined ? '' : ` do ${p.forwardedBy} chuyển đến`}.`,
    },
    { type: 'paragraph', lead: 'Nội dung khiếu nại:', text: `${p.summary} (khiếu nại đối với ${p.complaintAgainst}).` },
    {
      type: 'paragraph',
      text: `Xét thấy khiếu nại đủ điều kiện thụ lý theo quy định tại Điều ${isFirst ? '27' : '36'} ${lawShort.complaints} và thuộc thẩm quyền giải quyết của ${p.issuer.headTitle}, ${p.issuer.textName} thông báo: khiếu nại của ${who} đã được thụ lý giải quyết (${roundText}) kể từ ${formatLongDate(p.date)}.`,
    },
    {
      type: 'paragraph',
      text: `Thời hạn giải quyết khiếu nại thực hiện theo quy định tại Điều ${isFirst ? '28' : '37'} ${lawShort.complaints}${p.dueDate === undefined ? '' : `; hạn giải quyết đến hết ngày ${formatShortDate(p.dueDate)}`}.`,
    },
    { type: 'paragraph', text: `${p.issuer.textName} thông báo để ${who} biết.` },
  ];
  return issuedDocument(p, {
    kind: 'acceptance_notice',
    title: 'THÔNG BÁO',
    subject: `Về việc thụ lý giải quyết khiếu nại ${roundText}`,
    addressees: [capitalize(who)],
    body,
    recipients: ['Như trên', ...(p.forwardedBy === undefined ? [] : [p.forwardedBy]), `${p.inspectorate} (để biết)`],
  });
}
