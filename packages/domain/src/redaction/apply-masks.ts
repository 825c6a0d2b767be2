import { redactionPlaceholders, type RedactionKind } from './kinds.js';
import { clipSpans, mergeSpans, type MaskSpan } from './spans.js';

/**
 * One piece of the masked copy and the piece of the source it stands for: kept text (kind null)
 * maps character for character; a placeholder stands for the whole masked range.
 */
export type MaskSegment = { sourceStart: number; sourceEnd: number; maskedStart: number; maskedEnd: number; kind: RedactionKind | null };

export type MaskedText = { text: string; segments: MaskSegment[] };

/**
 * The masked copy of `text` and the map between its offsets and the source's. Masks are clipped to
 * the text first and merged after, so a mask past the end changes nothing (see clipSpans).
 */
export function maskText(text: string, spans: readonly MaskSpan[]): MaskedText {
  const masks = mergeSpans(clipSpans(spans, text.length));
  const segments: MaskSegment[] = [];
  let out = '';
  let at = 0;
  const keep = (to: number) => {
    if (to <= at) return;
    segments.push({ sourceStart: at, sourceEnd: to, maskedStart: out.length, maskedEnd: out.length + (to - at), kind: null });
    out += text.slice(at, to);
  };
  for (const mask of masks) {
    keep(mask.start);
    const placeholder = redactionPlaceholders[mask.kind];
    segments.push({ sourceStart: mask.start, sourceEnd: mask.end, maskedStart: out.length, maskedEnd: out.length + placeholder.length, kind: mask.kind });
    out += placeholder;
    at = mask.end;
  }
  keep(text.length);
  return { text: out, segments };
}

/** The copy of `text` with every mask replaced by its Vietnamese placeholder; overlapping masks become one. */
export const applyMasks = (text: string, spans: readonly MaskSpan[]): string => maskText(text, spans).text;

/**
 * Where an offset of the masked copy falls in the source: exact inside kept text, the start of
 * the masked range inside a placeholder.
 */
export function sourceOffsetOf(segments: readonly MaskSegment[], maskedOffset: number): number {
  for (const s of segments) {
    if (maskedOffset >= s.maskedStart && maskedOffset < s.maskedEnd) {
      return s.kind === null ? s.sourceStart + (maskedOffset - s.maskedStart) : s.sourceStart;
    }
  }
  return segments.at(-1)?.sourceEnd ?? 0;
}

/** Whether the range [start, end) of the masked copy lies inside one placeholder. */
export const isInsidePlaceholder = (segments: readonly MaskSegment[], start: number, end: number) =>
  segments.some((s) => s.kind !== null && start >= s.maskedStart && end <= s.maskedEnd);
