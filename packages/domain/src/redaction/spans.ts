import { redactionKinds, type RedactionKind, type RedactionSource } from './kinds.js';

/** A mask over [start, end) of a text, in UTF-16 offsets (what JavaScript strings and the browser use). */
export type MaskSpan = { start: number; end: number; kind: RedactionKind; source: RedactionSource };

/** A mask as shown to the officer: with the text it hides. Stored masks leave `text` out, so no copy of it is kept. */
export type RedactionSpan = MaskSpan & { text: string };

/** How a proposed mask is named when the officer keeps or drops it. */
export const spanKey = (span: { start: number; end: number }) => `${span.start}:${span.end}`;

const kindRank = (kind: RedactionKind) => redactionKinds.indexOf(kind);
const sourceRank: Record<RedactionSource, number> = { protected: 0, manual: 1, detected: 2 };

/**
 * Sorted, non-overlapping masks. Overlapping masks become one covering both, with the strongest
 * kind and source; masks that only touch stay apart unless they are of the same kind, so the
 * copy reads "[họ tên đã được che]" once rather than twice in a row. Empty masks are dropped.
 */
export function mergeSpans(spans: readonly MaskSpan[]): MaskSpan[] {
  const sorted = spans
    .filter((s) => s.end > s.start && s.start >= 0)
    .map((s) => ({ start: s.start, end: s.end, kind: s.kind, source: s.source }))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlaps first, so each mask has its final kind before touching masks are compared.
  const disjoint = joinWhere(sorted, (last, span) => span.start < last.end);
  return joinWhere(disjoint, (last, span) => span.start === last.end && span.kind === last.kind);
}

function joinWhere(sorted: readonly MaskSpan[], joins: (last: MaskSpan, span: MaskSpan) => boolean): MaskSpan[] {
  const out: MaskSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && joins(last, span)) {
      last.end = Math.max(last.end, span.end);
      if (kindRank(span.kind) < kindRank(last.kind)) last.kind = span.kind;
      if (sourceRank[span.source] < sourceRank[last.source]) last.source = span.source;
    } else {
      out.push({ ...span });
    }
  }
  return out;
}

/**
 * Masks clipped to a text of the given length (a stored mask never reaches past its source): the
 * part of a mask past the end is cut off, a mask wholly past the end is dropped.
 *
 * Clip before merging (`mergeSpans(clipSpans(spans, length))`), as maskText does. The other order
 * lets a mask that covers nothing of the text decide the kind of one that does and join it to its
 * neighbour: in a 6-character text, "other" over [2, 7) and "phone" over [6, 7) overlap only past
 * the end, yet merged first they become one phone mask over [2, 7), which then joins a phone over
 * [0, 2). Both orders mask the same characters; only the kinds and the joins can differ, and
 * they agree whenever no mask reaches past the end.
 */
export const clipSpans = (spans: readonly MaskSpan[], length: number): MaskSpan[] =>
  spans.map((s) => ({ ...s, start: Math.min(s.start, length), end: Math.min(s.end, length) })).filter((s) => s.end > s.start);

export const withText = (text: string, spans: readonly MaskSpan[]): RedactionSpan[] => spans.map((s) => ({ ...s, text: text.slice(s.start, s.end) }));
