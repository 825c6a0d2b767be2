import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyMasks, maskText, sourceOffsetOf } from './apply-masks.js';
import { redactionKinds, redactionSources } from './kinds.js';
import { clipSpans, mergeSpans, type MaskSpan } from './spans.js';

const span = (start: number, end: number, kind: MaskSpan['kind'] = 'person_name', source: MaskSpan['source'] = 'detected'): MaskSpan => ({ start, end, kind, source });

const textAndSpans = fc.string({ maxLength: 80 }).chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.record({
        start: fc.nat({ max: text.length + 2 }),
        length: fc.nat({ max: 12 }),
        kind: fc.constantFrom(...redactionKinds),
        source: fc.constantFrom(...redactionSources),
      }).map(({ start, length, kind, source }) => span(start, start + length, kind, source)),
      { maxLength: 8 },
    ),
  ),
);

/** The counterexample of fast-check seed 1745358602: two masks that overlap only past the end of the text. */
const pastTheEnd: [string, MaskSpan[]] = ['Z}8 t%', [span(2, 7, 'other'), span(0, 2, 'phone'), span(6, 7, 'phone')]];

describe('applyMasks', () => {
  it('replaces each mask by its Vietnamese placeholder', () => {
    expect(applyMasks('Ông A, ĐT 0905123456.', [span(4, 5), span(10, 20, 'phone')])).toBe('Ông [họ tên đã được che], ĐT [số điện thoại đã được che].');
  });

  it('merges overlapping masks into one, with the strongest kind', () => {
    expect(applyMasks('bà Trần Thị Hoa', [span(3, 15), span(8, 15, 'denouncer', 'protected')])).toBe('bà [thông tin người tố cáo đã được che]');
    expect(mergeSpans([span(3, 10), span(5, 15, 'address'), span(20, 22)])).toEqual([span(3, 15, 'address'), span(20, 22)]);
  });

  it('joins touching masks of the same kind, keeps touching masks of different kinds apart', () => {
    expect(mergeSpans([span(0, 3), span(3, 6)])).toEqual([span(0, 6)]);
    expect(mergeSpans([span(0, 3), span(3, 6, 'phone')])).toEqual([span(0, 3), span(3, 6, 'phone')]);
  });

  it('ignores masks past the end of the text and empty masks', () => {
    expect(applyMasks('abc', [span(2, 10), span(1, 1)])).toBe('ab[họ tên đã được che]');
  });

  it('merging is idempotent and leaves sorted masks that do not overlap', () => {
    fc.assert(
      fc.property(textAndSpans, ([, spans]) => {
        const merged = mergeSpans(spans);
        expect(mergeSpans(merged)).toEqual(merged);
        merged.forEach((s, i) => {
          expect(s.end).toBeGreaterThan(s.start);
          const next = merged[i + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(s.end);
        });
      }),
    );
  });

  it('maps every kept character of the copy back to the same character of the source', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const { text: masked, segments } = maskText(text, spans);
        let sourceAt = 0;
        let maskedAt = 0;
        for (const s of segments) {
          // Segments tile both texts in order, without gaps.
          expect([s.sourceStart, s.maskedStart]).toEqual([sourceAt, maskedAt]);
          sourceAt = s.sourceEnd;
          maskedAt = s.maskedEnd;
          if (s.kind === null) {
            expect(masked.slice(s.maskedStart, s.maskedEnd)).toBe(text.slice(s.sourceStart, s.sourceEnd));
            for (let i = s.maskedStart; i < s.maskedEnd; i++) expect(text[sourceOffsetOf(segments, i)]).toBe(masked[i]);
          } else {
            expect(sourceOffsetOf(segments, s.maskedStart)).toBe(s.sourceStart);
          }
        }
        expect([sourceAt, maskedAt]).toEqual([text.length, masked.length]);
      }),
    );
  });

  it('masks every character inside a mask and nothing else', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const { segments } = maskText(text, spans);
        const masks = segments.filter((s) => s.kind !== null);
        // Clipped first, merged after: the order maskText defines (see clipSpans).
        expect(masks.map((s) => [s.sourceStart, s.sourceEnd, s.kind])).toEqual(mergeSpans(clipSpans(spans, text.length)).map((s) => [s.start, s.end, s.kind]));
        // The same, from the masks themselves: character by character, only what lies inside the text counts.
        const inText = spans.map((s) => ({ ...s, end: Math.min(s.end, text.length) })).filter((s) => s.end > s.start);
        for (let i = 0; i < text.length; i++) {
          expect(masks.some((m) => m.sourceStart <= i && i < m.sourceEnd)).toBe(inText.some((s) => s.start <= i && i < s.end));
        }
        masks.forEach((m, k) => {
          const kinds = inText.filter((s) => s.start < m.sourceEnd && s.end > m.sourceStart).map((s) => s.kind);
          expect(m.kind).toBe(redactionKinds.find((kind) => kinds.includes(kind)));
          const next = masks[k + 1];
          if (next?.sourceStart === m.sourceEnd) expect(next.kind).not.toBe(m.kind);
        });
      }),
      { examples: [[pastTheEnd]] },
    );
  });

  it('ignores what a mask covers past the end of the text, even when it overlaps another mask there', () => {
    // fast-check seed 1745358602, path "92:48:5:6:12:12:17:17:16:16:16:18": "other" over [2, 7) and
    // "phone" over [6, 7) overlap only past the end. Merged before clipping they became one phone
    // mask joined with the phone over [0, 2), and "8 t%" read as a phone number.
    const [text, spans] = pastTheEnd;
    expect(applyMasks(text, spans)).toBe('[số điện thoại đã được che][thông tin đã được che]');
    expect(maskText(text, spans)).toEqual(maskText(text, spans.slice(0, 2)));
    expect(mergeSpans(clipSpans(spans, text.length))).toEqual([span(0, 2, 'phone'), span(2, 6, 'other')]);
  });

  it('clips before merging: a mask past the end changes nothing, and both orders agree inside the text', () => {
    fc.assert(
      fc.property(textAndSpans, ([text, spans]) => {
        const masks = mergeSpans(clipSpans(spans, text.length));
        expect(clipSpans(masks, text.length)).toEqual(masks);
        expect(mergeSpans(masks)).toEqual(masks);
        expect(maskText(text, spans)).toEqual(maskText(text, spans.filter((s) => s.start < text.length)));
        const inside = spans.filter((s) => s.end <= text.length);
        expect(mergeSpans(clipSpans(inside, text.length))).toEqual(clipSpans(mergeSpans(inside), text.length));
        // Whatever the order, the same characters are masked.
        const covered = (ms: readonly MaskSpan[]) => ms.map((s) => [s.start, s.end]).flat();
        const union = (ms: readonly MaskSpan[]) => mergeSpans(ms.map((s) => ({ ...s, kind: 'other' as const })));
        expect(covered(union(clipSpans(mergeSpans(spans), text.length)))).toEqual(covered(union(masks)));
      }),
      { examples: [[pastTheEnd]] },
    );
  });
});

describe('mergeSpans', () => {
  it('compares touching masks by their kind after overlaps are resolved', () => {
    const merged = mergeSpans([span(0, 5, 'address'), span(5, 6, 'person_name'), span(5, 6, 'address')]);
    expect(merged).toEqual([span(0, 6, 'address')]);
  });
});
