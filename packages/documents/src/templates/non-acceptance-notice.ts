import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatLongDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PartySchema, capitalize, dashedList, issueFields, issuedDocument, kindPhrase, letterPhrase, partyName, partyWithAddress } from './common.js';
import { lawShort } from './legal-bases.js';

export const NonAcceptanceNoticeInputSchema = z.strictObject({
  ...issueFields,
  kind: z.enum(['complaint', 'denunciation']),
  /** The notice goes to the sender alone, so naming a denouncer here discloses nothing to anyone else. */
  sender: PartySchema,
  letterDate: IsoDateSchema.optional(),
  receivedDate: IsoDateSchema,
  summary: requiredText('Tóm tắt nội dung đơn'),
  reasons: z.array(requiredText('Lý do không thụ lý')).min(1, 'Phải nêu ít nhất một lý do không thụ lý.'),
});
export type NonAcceptanceNoticeInput = z.input<typeof NonAcceptanceNoticeInputSchema>;

/** Legal basis for refusing: Luật Khiếu nại Điều 11 and 27; Luật Tố cáo Điều 24 khoản 1 and Điều 29. */
const refusalBasis = (kind: 'complaint' | 'denunciation'): string =>
  kind === 'complaint'
    ? `Điều 11 và Điều 27 ${lawShort.complaints}`
    : `khoản 1 Điều 24 và khoản 1 Điều 29 ${lawShort.denunciations}`;

/** Thông báo không thụ lý, giving every reason, as the Laws require a refusal to be reasoned. */
export function nonAcceptanceNotice(input: NonAcceptanceNoticeInput): AdministrativeDocument {
  const p = NonAcceptanceNoticeInputSchema.parse(input);
  const who = partyName(p.sender);
  const what = kindPhrase(p.kind);
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `${capitalize(formatLongDate(p.receivedDate))}, ${p.issuer.textName} nhận được ${letterPhrase(p.kind, p.letterDate)} của ${partyWithAddress(p.sender)}.` },
    { type: 'paragraph', lead: 'Nội dung đơn:', text: p.summary },
    { type: 'paragraph', text: `Căn cứ quy định tại ${refusalBasis(p.kind)}, ${p.issuer.textName} không thụ lý giải quyết ${what} nêu trên vì các lý do sau:` },
    ...dashedList(p.reasons),
    { type: 'paragraph', text: `${p.issuer.textName} thông báo để ${who} biết.` },
  ];
  return issuedDocument(p, {
    kind: 'non_acceptance_notice',
    title: 'THÔNG BÁO',
    subject: `Về việc không thụ lý giải quyết ${what}`,
    addressees: [capitalize(who)],
    body,
    recipients: ['Như trên'],
  });
}
