import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { formatShortDate } from '../dates.js';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { AccusedSchema, accusedPhrase, capitalize, issueFields, issuedDocument, partyName } from './common.js';
import { basisLines, defaultDenunciationDecisionBases, lawShort } from './legal-bases.js';

export const ExtensionDecisionInputSchema = z.strictObject({
  ...issueFields,
  legalBases: z.array(requiredText('Căn cứ pháp lý')).min(1).default([...defaultDenunciationDecisionBases]),
  additionalBases: z.array(requiredText('Căn cứ')).default([]),
  /** "Quyết định số 12/QĐ-SNV ngày 05/3/2026 của Giám đốc Sở Nội vụ về việc thụ lý tố cáo". */
  acceptanceDecision: requiredText('Quyết định thụ lý tố cáo'),
  accused: AccusedSchema,
  /** First or second extension; a second one is lawful only for an especially complex matter (Điều 30). */
  extensionNumber: z.union([z.literal(1), z.literal(2)]),
  /** Each extension is at most 30 days (Luật Tố cáo 2018, khoản 1 Điều 30). */
  extensionDays: z.number().int().positive().max(30, 'Mỗi lần gia hạn không quá 30 ngày.'),
  newDueDate: IsoDateSchema,
  reason: requiredText('Lý do gia hạn'),
  verifier: requiredText('Đơn vị, tổ xác minh'),
  enforcers: z.array(requiredText('Người thi hành')).default(['Chánh Văn phòng Sở']),
});
export type ExtensionDecisionInput = z.input<typeof ExtensionDecisionInputSchema>;

/**
 * Quyết định gia hạn giải quyết tố cáo (Luật Tố cáo 2018, Điều 30; Nghị định 31/2019/NĐ-CP, Điều 3). The
 * denouncer must be told of it, so "Người tố cáo" appears among the recipients, never by name.
 */
export function extensionDecision(input: ExtensionDecisionInput): AdministrativeDocument {
  const p = ExtensionDecisionInputSchema.parse(input);
  const accused = accusedPhrase(p.accused);
  const which = p.extensionNumber === 1 ? 'lần thứ nhất' : 'lần thứ hai';
  const body: BodyBlock[] = [
    { type: 'heading', text: p.issuer.headTitle.toLocaleUpperCase('vi') },
    ...basisLines([...p.legalBases, ...p.additionalBases, p.acceptanceDecision]).map((text): BodyBlock => ({ type: 'basis', text })),
    { type: 'basis', text: `Xét tính chất phức tạp của vụ việc và đề nghị của ${p.verifier},` },
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    {
      type: 'article',
      number: 1,
      text: `Gia hạn thời hạn giải quyết tố cáo đối với ${accused} (${which}) thêm ${p.extensionDays} ngày, theo quy định tại khoản 1 Điều 30 ${lawShort.denunciations}. Thời hạn giải quyết tố cáo được kéo dài đến hết ngày ${formatShortDate(p.newDueDate)}.`,
    },
    { type: 'paragraph', lead: 'Lý do gia hạn:', text: p.reason },
    {
      type: 'article',
      number: 2,
      text: `${capitalize([...p.enforcers, p.verifier, partyName(p.accused)].join(', '))} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'extension_decision',
    title: 'QUYẾT ĐỊNH',
    subject: 'Về việc gia hạn giải quyết tố cáo',
    addressees: [],
    body,
    recipients: ['Như Điều 2', 'Người tố cáo'],
  });
}
