import { z } from 'zod';
import { requiredText, type AdministrativeDocument, type BodyBlock } from '../model.js';
import { AccusedSchema, accusedPhrase, capitalize, dashedList, issueFields, issuedDocument, partyName } from './common.js';
import { lawShort } from './legal-bases.js';

export const verdicts = ['true', 'partly_true', 'false'] as const;
const verdictText: Record<(typeof verdicts)[number], string> = {
  true: 'tố cáo đúng',
  partly_true: 'tố cáo đúng một phần',
  false: 'tố cáo sai',
};

export const AllegationFindingSchema = z.strictObject({
  allegation: requiredText('Nội dung tố cáo'),
  finding: requiredText('Kết quả xác minh'),
  verdict: z.enum(verdicts),
});

/**
 * Deliberately has no field for the denouncer: a conclusion is sent to the accused and published
 * (Luật Tố cáo 2018, Điều 35, 40; Nghị định 31/2019/NĐ-CP, Điều 6), so it can only say "người tố cáo".
 * Strict parsing rejects any extra field rather than silently carrying it along.
 */
export const DenunciationConclusionInputSchema = z.strictObject({
  ...issueFields,
  /** "Quyết định số 12/QĐ-SNV ngày 05/3/2026 của Giám đốc Sở Nội vụ về việc thụ lý tố cáo". */
  acceptanceDecision: requiredText('Quyết định thụ lý tố cáo'),
  /** "Báo cáo kết quả xác minh nội dung tố cáo ngày 20/4/2026 của Tổ xác minh". */
  verificationReport: requiredText('Báo cáo kết quả xác minh'),
  accused: AccusedSchema,
  findings: z.array(AllegationFindingSchema).min(1, 'Phải có kết quả xác minh cho ít nhất một nội dung tố cáo.'),
  legalGrounds: z.array(requiredText('Căn cứ pháp luật')).min(1, 'Phải nêu căn cứ pháp luật xác định hành vi vi phạm.'),
  /** The overall conclusion and who bears responsibility. */
  conclusion: requiredText('Kết luận'),
  measures: z.array(requiredText('Biện pháp xử lý')).default([]),
  recommendations: z.array(requiredText('Kiến nghị')).default([]),
  /** The accused's managing body, which also receives the conclusion (Điều 35). */
  accusedManager: requiredText('Cơ quan quản lý người bị tố cáo').optional(),
});
export type DenunciationConclusionInput = z.input<typeof DenunciationConclusionInputSchema>;

/** Kết luận nội dung tố cáo (Luật Tố cáo 2018, Điều 35): findings per allegation, legal grounds, conclusion, measures. */
export function denunciationConclusion(input: DenunciationConclusionInput): AdministrativeDocument {
  const p = DenunciationConclusionInputSchema.parse(input);
  const accused = accusedPhrase(p.accused);
  let section = 0;
  const next = (title: string): BodyBlock => ({ type: 'section', text: `${++section}. ${title}` });
  const body: BodyBlock[] = [
    { type: 'paragraph', text: `Thực hiện ${p.acceptanceDecision}, ${p.issuer.textName} đã tiến hành xác minh nội dung tố cáo đối với ${accused}.` },
    {
      type: 'paragraph',
      text: `Xét ${p.verificationReport}, nội dung giải trình của người bị tố cáo và các tài liệu, chứng cứ có liên quan, ${p.issuer.headTitle} kết luận như sau:`,
    },
    next('Kết quả xác minh nội dung tố cáo'),
    ...p.findings.flatMap((f, i): BodyBlock[] => [
      { type: 'paragraph', lead: `Nội dung ${i + 1}:`, text: f.allegation },
      { type: 'paragraph', text: `Kết quả xác minh: ${f.finding}` },
      { type: 'paragraph', text: `Kết luận: Nội dung này là ${verdictText[f.verdict]}.` },
    ]),
    next('Căn cứ pháp luật để xác định có hay không có hành vi vi phạm pháp luật'),
    ...dashedList(p.legalGrounds),
    next('Kết luận'),
    { type: 'paragraph', text: p.conclusion },
    ...(p.measures.length === 0 ? [] : [next('Các biện pháp xử lý theo thẩm quyền'), ...dashedList(p.measures)]),
    ...(p.recommendations.length === 0 ? [] : [next('Kiến nghị'), ...dashedList(p.recommendations)]),
    {
      type: 'paragraph',
      text: `Việc công khai Kết luận này thực hiện theo quy định tại Điều 40 ${lawShort.denunciations}, không tiết lộ thông tin về người tố cáo.`,
    },
  ];
  return issuedDocument(p, {
    kind: 'denunciation_conclusion',
    title: 'KẾT LUẬN NỘI DUNG TỐ CÁO',
    subject: `Đối với ${accused}`,
    addressees: [],
    body,
    recipients: [`${capitalize(partyName(p.accused))} (người bị tố cáo)`, ...(p.accusedManager === undefined ? [] : [p.accusedManager]), 'Người tố cáo'],
  });
}
