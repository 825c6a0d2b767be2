import { z } from 'zod';
import { vnMultiline, vnText } from '../text/vn-text.js';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { MaskDecisionsSchema } from './review.js';

/** What the portal publishes (BRIEF §8): denunciation conclusions, complaint decisions, inspection conclusions. */
export const publicationKinds = ['denunciation_conclusion', 'complaint_decision', 'inspection_conclusion'] as const;
export type PublicationKind = (typeof publicationKinds)[number];

/**
 * draft: the officer reviews the masks; approved: a second official confirmed the redacted copy,
 * which is now frozen; published: on the portal; taken_down: withdrawn with a public reason (issue 6).
 */
export const publicationStates = ['draft', 'approved', 'published', 'taken_down'] as const;
export type PublicationState = (typeof publicationStates)[number];

export const publicationKindLabels: Record<PublicationKind, string> = {
  denunciation_conclusion: 'Kết luận nội dung tố cáo',
  complaint_decision: 'Quyết định giải quyết khiếu nại',
  inspection_conclusion: 'Kết luận thanh tra',
};

export const publicationStateLabels: Record<PublicationState, string> = {
  draft: 'Đang che thông tin',
  approved: 'Đã duyệt, chờ đăng',
  published: 'Đang công khai',
  taken_down: 'Đã gỡ',
};

const title = vnText({ error: 'Hãy nhập tiêu đề.' })
  .min(5, { error: 'Tiêu đề phải có ít nhất 5 ký tự.' })
  .max(300, { error: 'Tiêu đề không được quá 300 ký tự.' });
const summary = vnMultiline({ error: 'Hãy nhập tóm tắt.' })
  .min(5, { error: 'Tóm tắt phải có ít nhất 5 ký tự.' })
  .max(2000, { error: 'Tóm tắt không được quá 2000 ký tự.' });
const legalBasis = vnMultiline({ error: 'Căn cứ pháp lý không hợp lệ.' })
  .min(5, { error: 'Căn cứ pháp lý phải có ít nhất 5 ký tự.' })
  .max(1000, { error: 'Căn cứ pháp lý không được quá 1000 ký tự.' });

/** Start a publication from a signed decision or conclusion. */
export const PublicationCreateSchema = z.strictObject({ caseId: IdSchema });

/** The officer's review: public title and summary, and the masks kept, dropped and added. */
export const PublicationReviewUpdateSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  title,
  summary,
  /** Căn cứ pháp lý shown on the public page; left unchanged when absent. */
  legalBasis: legalBasis.optional(),
  ...MaskDecisionsSchema.shape,
});
export type PublicationReviewUpdate = z.output<typeof PublicationReviewUpdateSchema>;

export const PublicationStepSchema = z.strictObject({ id: IdSchema, version: VersionSchema });
