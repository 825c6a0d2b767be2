/**
 * Folded text (no diacritics, "đ" as "d", lower case) that remembers where each folded character
 * came from, so a match found while ignoring diacritics can be masked in the original text.
 * Unlike foldVietnamese it keeps whitespace as it is, so offsets stay meaningful.
 */
export type FoldedText = {
  folded: string;
  /** For each UTF-16 unit of `folded`: the start of the original character it came from. */
  starts: number[];
  /** …and the end of that character, combining marks included. */
  ends: number[];
};

const COMBINING_MARK = /^\p{M}$/u;
const ZERO_WIDTH = /^[\u200B-\u200D\u2060\uFEFF]$/u;

export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const char of text) {
    const end = at + char.length;
    if (COMBINING_MARK.test(char)) {
      // A mark written separately (NFD) belongs to the letter before it.
      if (ends.length > 0) ends[ends.length - 1] = end;
    } else if (!ZERO_WIDTH.test(char)) {
      const f = char.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
      for (let i = 0; i < f.length; i++) {
        folded += f[i];
        starts.push(at);
        ends.push(end);
      }
    }
    at = end;
  }
  return { folded, starts, ends };
}

/** The original range of folded units [from, to). */
export function originalRange(f: FoldedText, from: number, to: number): { start: number; end: number } | null {
  const start = f.starts[from];
  const end = f.ends[to - 1];
  if (start === undefined || end === undefined || to <= from) return null;
  return { start, end };
}
