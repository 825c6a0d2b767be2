import { z } from 'zod';
import { vnMultiline } from '../text/vn-text.js';

const required = (label: string, max = 20000) =>
  vnMultiline({ error: `Hãy nhập ${label}.` }).min(5, { error: `Hãy nhập ${label} (ít nhất 5 ký tự).` }).max(max, { error: `${label} quá dài.` });
const lines = (label: string) => z.array(required(label, 2000)).max(50).default([]);

export const verdicts = ['true', 'partly_true', 'false'] as const;
export type Verdict = (typeof verdicts)[number];
export const verdictLabels: Record<Verdict, string> = { true: 'Tố cáo đúng', partly_true: 'Tố cáo đúng một phần', false: 'Tố cáo sai' };

/** The draft of a complaint decision: what was complained of, what verification and dialogue found, and the ruling (Luật KN Đ31, Đ40). */
export const ComplaintDraftSchema = z.strictObject({
  type: z.literal('complaint'),
  complaintContent: required('nội dung khiếu nại'),
  verificationResult: required('kết quả xác minh'),
  dialogueResult: required('kết quả đối thoại').optional(),
  conclusion: required('kết luận'),
  ruling: required('nội dung quyết định'),
  measures: lines('biện pháp'),
  /** First round: who resolves a second-round complaint, printed in the decision (Luật KN Đ31). */
  secondRoundBody: required('người giải quyết khiếu nại lần hai', 300).optional(),
});

/** The draft of a denunciation conclusion, allegation by allegation (Luật TC Đ35). It never names the denouncer. */
export const DenunciationDraftSchema = z.strictObject({
  type: z.literal('denunciation'),
  verificationReport: required('báo cáo kết quả xác minh', 300),
  findings: z
    .array(z.strictObject({ allegation: required('nội dung tố cáo', 2000), finding: required('kết quả xác minh', 5000), verdict: z.enum(verdicts, { error: 'Hãy chọn kết luận cho nội dung này.' }) }))
    .min(1, { error: 'Phải có kết quả xác minh cho ít nhất một nội dung tố cáo.' })
    .max(50),
  legalGrounds: z.array(required('căn cứ pháp luật', 2000)).min(1, { error: 'Phải nêu căn cứ pháp luật.' }).max(50),
  conclusion: required('kết luận'),
  measures: lines('biện pháp xử lý'),
  recommendations: lines('kiến nghị'),
  accusedManager: required('cơ quan quản lý người bị tố cáo', 300).optional(),
});

export const CaseDraftSchema = z.discriminatedUnion('type', [ComplaintDraftSchema, DenunciationDraftSchema], {
  error: 'Nội dung dự thảo không hợp lệ.',
});
export type CaseDraft = z.output<typeof CaseDraftSchema>;
