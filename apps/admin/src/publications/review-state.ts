import {
  foldVietnamese,
  isMaskOptional,
  maskText,
  mergeSpans,
  spanKey,
  effectiveMasks,
  type MaskedText,
  type MaskSpan,
  type RedactionKind,
  type RedactionSource,
  type RedactionSpan,
} from '@kntc/domain';

/** What the officer has decided so far on the screen, before saving. */
export type ReviewDraft = { rejected: readonly string[]; manual: readonly MaskSpan[] };

/**
 * The proposals for one value ("Phạm Văn Cường" as a name), wherever it occurs: kept or
 * dropped together, since keeping a name in one paragraph and masking it in the next hides nothing.
 */
export type ProposalGroup = {
  key: string;
  kind: RedactionKind;
  source: RedactionSource;
  text: string;
  keys: string[];
  /** Masked now (none of its occurrences dropped). */
  masked: boolean;
  /** Whether the officer may drop it: never a protected identity, an ID number, a phone or an email. */
  optional: boolean;
};

const groupKeyOf = (s: Pick<RedactionSpan, 'kind' | 'text'>) => `${s.kind}|${foldVietnamese(s.text)}`;

export function groupProposals(proposed: readonly RedactionSpan[], draft: ReviewDraft): ProposalGroup[] {
  const rejected = new Set(draft.rejected);
  const groups = new Map<string, ProposalGroup>();
  for (const span of proposed) {
    const key = groupKeyOf(span);
    const group = groups.get(key) ?? { key, kind: span.kind, source: span.source, text: span.text, keys: [], masked: true, optional: isMaskOptional(span) };
    group.keys.push(spanKey(span));
    if (rejected.has(spanKey(span))) group.masked = false;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Keeps or drops every occurrence of a group; a mandatory group never changes. */
export function toggleGroup(draft: ReviewDraft, group: ProposalGroup): ReviewDraft {
  if (!group.optional) return draft;
  const keys = new Set(group.keys);
  const others = draft.rejected.filter((k) => !keys.has(k));
  return { ...draft, rejected: group.masked ? [...others, ...group.keys].sort() : others };
}

/** Adds a mask over a selection made by hand, trimmed of surrounding spaces; nothing for an empty one. */
export function addManualMask(draft: ReviewDraft, source: string, start: number, end: number, kind: RedactionKind): ReviewDraft {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(source.length, Math.max(start, end));
  while (from < to && /\s/.test(source[from] ?? '')) from++;
  while (to > from && /\s/.test(source[to - 1] ?? '')) to--;
  if (to <= from) return draft;
  return { ...draft, manual: mergeSpans([...draft.manual, { start: from, end: to, kind, source: 'manual' }]) };
}

/** Removes the hand-made masks that cover `offset`. */
export const removeManualMaskAt = (draft: ReviewDraft, offset: number): ReviewDraft => ({
  ...draft,
  manual: draft.manual.filter((m) => offset < m.start || offset >= m.end),
});

/** A stretch of the source that is masked the same way throughout, for the highlighted view. */
export type SourceChunk = {
  start: number;
  end: number;
  text: string;
  proposal?: { groupKey: string; kind: RedactionKind; source: RedactionSource; masked: boolean; optional: boolean };
  manual?: { kind: RedactionKind };
};

/** Cuts the source at every mask boundary, so each chunk is plain, proposed or added by hand. */
export function sourceChunks(source: string, proposed: readonly RedactionSpan[], draft: ReviewDraft): SourceChunk[] {
  const rejected = new Set(draft.rejected);
  const cuts = new Set([0, source.length]);
  for (const s of [...proposed, ...draft.manual]) {
    cuts.add(Math.min(s.start, source.length));
    cuts.add(Math.min(s.end, source.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const chunks: SourceChunk[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    if (end <= start) continue;
    const p = proposed.find((s) => s.start <= start && end <= s.end);
    const m = draft.manual.find((s) => s.start <= start && end <= s.end);
    chunks.push({
      start,
      end,
      text: source.slice(start, end),
      ...(p ? { proposal: { groupKey: groupKeyOf(p), kind: p.kind, source: p.source, masked: !rejected.has(spanKey(p)), optional: isMaskOptional(p) } } : {}),
      ...(m ? { manual: { kind: m.kind } } : {}),
    });
  }
  return chunks;
}

/** The copy as it would be published with the decisions on screen: the same function the server approves with. */
export const previewOf = (source: string, proposed: readonly MaskSpan[], draft: ReviewDraft): MaskedText =>
  maskText(source, effectiveMasks({ proposed, rejected: draft.rejected, manual: draft.manual }, source.length));

export const sameDraft = (a: ReviewDraft, b: ReviewDraft) =>
  JSON.stringify([[...a.rejected].sort(), mergeSpans(a.manual)]) === JSON.stringify([[...b.rejected].sort(), mergeSpans(b.manual)]);
