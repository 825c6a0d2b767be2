import { z } from 'zod';
import { DomainError } from '../errors/domain-error.js';
import { normalizeMultiline } from '../text/fold.js';
import { maskText, isInsidePlaceholder, type MaskSegment } from './apply-masks.js';
import { detectSensitive, type DetectOptions } from './detect.js';
import { detectProtected } from './detect-protected.js';
import { blockingRedactionKinds, protectedRedactionKinds, redactionKindLabels, redactionKinds, type RedactionKind } from './kinds.js';
import { clipSpans, mergeSpans, spanKey, type MaskSpan } from './spans.js';

/**
 * The officer's review of one text: the masks the detectors proposed (fixed when the draft was
 * made), the keys of those the officer dropped, and the masks the officer added by hand.
 */
export type RedactionReview = { proposed: readonly MaskSpan[]; rejected: readonly string[]; manual: readonly MaskSpan[] };

/**
 * Turns the text of a signed document into the source of a redaction review: normalised (NFC,
 * tidy lines) so offsets are stable, with every protected term already replaced by its
 * placeholder, so the stored source never holds a vault secret in clear, and with the masks
 * to propose. The placeholders come back as fixed masks the officer cannot drop.
 */
export function prepareRedaction(raw: string, options: DetectOptions): { source: string; proposed: MaskSpan[] } {
  const text = normalizeMultiline(raw);
  const found = detectProtected(text, options.protectedTerms ?? [], options.protectedKind ?? 'denouncer');
  const { text: source, segments } = maskText(text, found.map((f) => ({ ...f, source: 'protected' as const })));
  const fixed = segments.flatMap((s) => (s.kind === null ? [] : [{ start: s.maskedStart, end: s.maskedEnd, kind: s.kind, source: 'protected' as const }]));
  const detected = detectSensitive(source, options).map(({ text: _text, ...span }) => span);
  return { source, proposed: mergeSpans([...fixed, ...detected]) };
}

/**
 * The masks that apply: proposals not dropped, plus the officer's own. Given the length of the
 * source, they are clipped to it before they are merged, the order maskText uses (see clipSpans).
 */
export function effectiveMasks(review: RedactionReview, sourceLength?: number): MaskSpan[] {
  const rejected = new Set(review.rejected);
  const masks = [...review.proposed.filter((s) => !rejected.has(spanKey(s))), ...review.manual];
  return mergeSpans(sourceLength === undefined ? masks : clipSpans(masks, sourceLength));
}

export const ManualMaskSchema = z
  .strictObject({
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    kind: z.enum(redactionKinds, { error: 'Loại thông tin cần che không hợp lệ.' }).default('other'),
  })
  .refine((m) => m.end > m.start, { error: 'Đoạn cần che phải có ít nhất một ký tự.', path: ['end'] });
export type ManualMask = z.output<typeof ManualMaskSchema>;

/** The officer's decisions as sent from the review screen. */
export const MaskDecisionsSchema = z.strictObject({
  rejected: z.array(z.string().regex(/^\d+:\d+$/, { error: 'Mã đoạn che không hợp lệ.' })).max(5000),
  manual: z.array(ManualMaskSchema).max(1000),
});
export type MaskDecisions = z.output<typeof MaskDecisionsSchema>;

/**
 * Checks the officer's decisions against the proposals and the source: only proposed masks can be
 * dropped, and never one over a protected identity, an ID number, a phone or an email (approval
 * would refuse them anyway); a hand-made mask must lie inside the text.
 */
export function reviewFromDecisions(proposed: readonly MaskSpan[], sourceLength: number, decisions: MaskDecisions): RedactionReview {
  const byKey = new Map(proposed.map((s) => [spanKey(s), s]));
  for (const key of decisions.rejected) {
    const span = byKey.get(key);
    if (!span) throw new DomainError('VALIDATION', 'Đoạn che được bỏ không có trong các đề xuất; hãy tải lại trang.', { rejected: 'Đề xuất không tồn tại.' });
    if (span.source === 'protected' || protectedRedactionKinds.includes(span.kind)) {
      throw new DomainError('VALIDATION', 'Không được bỏ che thông tin của người được bảo vệ danh tính (Luật Tố cáo, Điều 47).', {
        rejected: 'Thông tin người được bảo vệ luôn phải được che.',
      });
    }
    if (blockingRedactionKinds.includes(span.kind)) {
      throw new DomainError('VALIDATION', `Không được bỏ che ${redactionKindLabels[span.kind].toLocaleLowerCase('vi')}: bản công khai không được chứa số định danh, số điện thoại, thư điện tử.`, {
        rejected: 'Loại thông tin này luôn phải được che.',
      });
    }
  }
  const manual = decisions.manual.map((m) => {
    if (m.end > sourceLength) throw new DomainError('VALIDATION', 'Đoạn cần che nằm ngoài văn bản; hãy tải lại trang.', { manual: 'Vị trí không hợp lệ.' });
    return { start: m.start, end: m.end, kind: m.kind, source: 'manual' as const };
  });
  return { proposed, rejected: [...new Set(decisions.rejected)].sort(), manual: mergeSpans(manual) };
}

/** Whether the officer may drop a proposed mask: names, addresses, dates of birth, yes; identifiers and protected identities, no. */
export const isMaskOptional = (span: Pick<MaskSpan, 'kind' | 'source'>) => span.source !== 'protected' && !blockingRedactionKinds.includes(span.kind);

/** What still identifies someone in a copy that is about to be published. Offsets are into that copy. */
export type UnmaskedFinding = { kind: RedactionKind; start: number; end: number };

/**
 * The redacted copy and whatever in it still blocks approval: the detectors are run again on the
 * copy itself, with the case's current protected terms, so a protected identity, ID number, phone
 * or email that no mask covers (a proposal made before a term was sealed, a detector since
 * improved) is caught. What lies inside a placeholder is ignored.
 */
export function checkRedaction(
  source: string,
  review: RedactionReview,
  options: DetectOptions,
): { redacted: string; segments: MaskSegment[]; unmasked: UnmaskedFinding[] } {
  const { text: redacted, segments } = maskText(source, effectiveMasks(review, source.length));
  const unmasked = detectSensitive(redacted, options)
    .filter((f) => blockingRedactionKinds.includes(f.kind) && !isInsidePlaceholder(segments, f.start, f.end))
    .map(({ kind, start, end }) => ({ kind, start, end }));
  return { redacted, segments, unmasked };
}

/** Blocking findings in a short public text such as a title or summary, which has no review of its own. */
export const unmaskedIn = (text: string, options: DetectOptions): UnmaskedFinding[] =>
  detectSensitive(text, options)
    .filter((f) => blockingRedactionKinds.includes(f.kind))
    .map(({ kind, start, end }) => ({ kind, start, end }));

/** "2 số điện thoại, 1 thông tin người tố cáo": what remains, without repeating any of it (messages reach logs). */
export function describeUnmasked(findings: readonly UnmaskedFinding[]): string {
  const counts = new Map<RedactionKind, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${redactionKindLabels[kind].toLocaleLowerCase('vi')}`).join(', ');
}
