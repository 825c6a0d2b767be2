import { IsoDateSchema } from '@kntc/domain';
import { z } from 'zod';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { PartySchema, capitalize, issueFields, issuedDocument, letterPhrase, partyName } from './common.js';
import { basisLines, defaultComplaintDecisionBases, lawShort } from './legal-bases.js';

export const ComplaintDecisionInputSchema = z
  .strictObject({
    ...issueFields,
    round: z.enum(['first', 'second']),
    legalBases: z.array(requiredText('Căn cứ pháp lý')).min(1).default([...defaultComplaintDecisionBases]),
    additionalBases: z.array(requiredText('Căn cứ')).default([]),
    complainant: PartySchema.required({ address: true }),
    letterDate: IsoDateSchema.optional(),
    /** The administrative decision or act complained about, and who made it. */
    complaintAgainst: requiredText('Quyết định, hành vi bị khiếu nại'),
    /** For a second round: "Quyết định số 20/QĐ-TTLT ngày … của Giám đốc Trung tâm …" */
    firstRoundDecision: requiredText('Quyết định giải quyết khiếu nại lần đầu').optional(),
    /** Sections I–IV of the decision (Luật Khiếu nại 2011, Điều 31 and 40). */
    complaintContent: requiredText('Nội dung khiếu nại'),
    verificationResult: requiredText('Kết quả xác minh'),
    dialogueResult: requiredText('Kết quả đối thoại').optional(),
    conclusion: requiredText('Kết luận'),
    /** Điều 1: keep, amend or annul the decision, continue or stop the act. */
    ruling: requiredText('Nội dung quyết định'),
    /** Further articles, such as compensation or the restoration of rights. */
    measures: z.array(requiredText('Biện pháp')).default([]),
    /** First round: where a second-round complaint goes ("Chủ tịch Ủy ban nhân dân tỉnh"). */
    secondRoundBody: requiredText('Người giải quyết khiếu nại lần hai').optional(),
    /** Remote areas get 45 days instead of 30 to file the second round (Điều 33). */
    isRemoteArea: z.boolean().default(false),
    enforcers: z.array(requiredText('Người thi hành')).default(['Chánh Văn phòng Sở']),
  })
  .refine((p) => p.round === 'second' || p.secondRoundBody !== undefined, {
    message: 'Quyết định lần đầu phải nêu người có thẩm quyền giải quyết khiếu nại lần hai.',
    path: ['secondRoundBody'],
  });
export type ComplaintDecisionInput = z.input<typeof ComplaintDecisionInputSchema>;

/**
 * Quyết định giải quyết khiếu nại lần đầu (Luật Khiếu nại 2011, Điều 31) or lần hai (Điều 40): the "Căn cứ"
 * lines, the letter considered, sections I–IV, then the articles, the last two being the complainant's further
 * remedies and who carries the decision out.
 */
export function complaintDecision(input: ComplaintDecisionInput): AdministrativeDocument {
  const p = ComplaintDecisionInputSchema.parse(input);
  const who = partyName(p.complainant);
  const isFirst = p.round === 'first';
  const roundText = isFirst ? 'lần đầu' : 'lần hai';
  const remedies = isFirst
    ? `Trong thời hạn ${p.isRemoteArea ? 45 : 30} ngày kể từ ngày nhận được Quyết định này, nếu không đồng ý với việc giải quyết khiếu nại, ${who} có quyền khiếu nại đến ${p.secondRoundBody ?? ''} hoặc khởi kiện vụ án hành chính tại Tòa án theo quy định của ${lawShort.administrativeProcedure}.`
    : `Nếu không đồng ý với việc giải quyết khiếu nại lần hai, ${who} có quyền khởi kiện vụ án hành chính tại Tòa án theo quy định của ${lawShort.administrativeProcedure}.`;
  const articles = [p.ruling, ...p.measures, remedies, `${capitalize([...p.enforcers, who].join(', '))} và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`];
  const body: BodyBlock[] = [
    { type: 'heading', text: p.issuer.headTitle.toLocaleUpperCase('vi') },
    ...basisLines([...p.legalBases, ...p.additionalBases]).map((text): BodyBlock => ({ type: 'basis', text })),
    { type: 'basis', text: `Xét ${letterPhrase('complaint', p.letterDate)} của ${who}, địa chỉ: ${p.complainant.address}.` },
    { type: 'paragraph', text: `Khiếu nại ${p.complaintAgainst}${p.firstRoundDecision === undefined ? '' : `; đã được giải quyết lần đầu tại ${p.firstRoundDecision}`}.` },
    { type: 'section', text: 'I. Nội dung khiếu nại' },
    { type: 'paragraph', text: p.complaintContent },
    { type: 'section', text: 'II. Kết quả xác minh nội dung khiếu nại' },
    { type: 'paragraph', text: p.verificationResult },
    ...(p.dialogueResult === undefined ? [] : ([{ type: 'section', text: 'III. Kết quả đối thoại' }, { type: 'paragraph', text: p.dialogueResult }] as const)),
    { type: 'section', text: `${p.dialogueResult === undefined ? 'III' : 'IV'}. Kết luận` },
    { type: 'paragraph', text: p.conclusion },
    { type: 'paragraph', text: 'Từ những nhận định và căn cứ trên,' },
    { type: 'heading', text: 'QUYẾT ĐỊNH:' },
    ...articles.map((text, i): BodyBlock => ({ type: 'article', number: i + 1, text })),
  ];
  return issuedDocument(p, {
    kind: 'complaint_decision',
    title: 'QUYẾT ĐỊNH',
    subject: `Về việc giải quyết khiếu nại của ${who} (${roundText})`,
    addressees: [],
    body,
    recipients: [`Như Điều ${articles.length}`],
  });
}
