import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { AccusedSchema, accusedPhrase, capitalize, endListItem, issueFields, issuedDocument, partyName, letterPhrase } from './common.js';
import { basisLines, defaultDenunciationDecisionBases, lawShort } from './legal-bases.js';

export const DenunciationAcceptanceDecisionInputSchema = z.strictObject({
  ...issueFields,
  legalBases: z.array(requiredText('Căn cứ pháp lý')).min(1).default([...defaultDenunciationDecisionBases]),
  /** The agency's own founding and organisation decisions, cited after the Laws. */
  additionalBases: z.array(requiredText('Căn cứ')).default([]),
  /** "Chánh Thanh tra Sở": whose proposal the decision follows. */
  proposedBy: requiredText('Người đề xuất').optional(),
  letterDate: IsoDateSchema.optional(),
  accused: AccusedSchema,
  allegations: z.array(requiredText('Nội dung tố cáo')).min(1, 'Phải nêu ít nhất một nội dung tố cáo được thụ lý.'),
  /** The resolution period from the legal clock (Luật Tố cáo 2018, Điều 30). */
  resolutionDays: z.number().int().positive().default(30),
  /** Who verifies: "Thanh tra Sở", "Tổ xác minh do Chánh Thanh tra Sở làm Tổ trưởng". */
  verifier: requiredText('Đơn vị, tổ xác minh'),
  /** Those responsible for carrying out the decision, besides the verifier and the accused. */
  enforcers: z.array(requiredText('Người thi hành')).default(['Chánh Văn phòng Sở']),
});
export type DenunciationAcceptanceDecisionInput = z.input<typeof DenunciationAcceptanceDecisionInputSchema>;

/**
 * Quyết định thụ lý tố cáo (Luật Tố cáo 2018, Điều 29; Nghị định 31/2019/NĐ-CP). It is sent to the accused and to
 * the verifiers, so it takes no denouncer identity: the letter is cited by its date only.
 */
export function denunciationAcceptanceDecision(input: DenunciationAcceptanceDecisionInput): AdministrativeDocument {
  const p = DenunciationAcceptanceDecisionInputSchema.parse(input);
  const accused = accusedPhrase(p.accused);
  const bases = [...p.legalBases, ...p.additionalBases];
  const considering = `Xét ${letterPhrase('denunciation', p.letterDate)} đối với ${accused}${p.proposedBy === undefined ? '' : ` và đề nghị của ${p.proposedBy}`},`;
  const body: BodyBlock[] = [
    { type: 'heading', text: p.issuer.headTitle.toLocaleUpperCase('vi') },
    ...basisLines(bases).map((text): BodyBlock => ({ type: 'basis', text })),
    { type: 'basis', text: considering },
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    { type: 'article', number: 1, text: `Thụ lý tố cáo đối với ${accused}, về các nội dung sau:` },
    ...p.allegations.map((a, i): BodyBlock => ({ type: 'item', marker: `${i + 1}.`, text: endListItem(a, i === p.allegations.length - 1) })),
    {
      type: 'article',
      number: 2,
      text: `Thời hạn giải quyết tố cáo là ${p.resolutionDays} ngày kể từ ngày thụ lý (${formatShortDate(p.date)}), theo quy định tại Điều 30 ${lawShort.denunciations}. Giao ${p.verifier} tiến hành xác minh nội dung tố cáo, báo cáo kết quả xác minh với ${p.issuer.headTitle}.`,
    },
    {
      type: 'article',
      number: 3,
      text: `${capitalize([...p.enforcers, p.verifier, partyName(p.accused)].join(', '))} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'denunciation_acceptance_decision',
    title: 'QUYẾT ĐỊNH',
    subject: 'Về việc thụ lý tố cáo',
    addressees: [],
    body,
    recipients: ['Như Điều 3'],
  });
}
