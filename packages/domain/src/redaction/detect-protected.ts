import { foldWithOffsets, originalRange, type FoldedText } from './fold-map.js';
import type { Detection } from './detected-span.js';
import type { RedactionKind } from './kinds.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Separators between the words of a term that may be written differently in the text. */
const GAP = String.raw`[\s,.;:\-–/]+`;

/**
 * A number term (ID, phone) matches with any single space, dot or dash between its digits, and a
 * phone also in its +84 form; "062085001234" finds "062 085 001 234".
 */
function numberPattern(digits: string): RegExp {
  const spaced = (d: string) => d.split('').map(escape).join('[ .\\-]?');
  const forms = [spaced(digits)];
  if (/^0\d{9,10}$/.test(digits)) forms.push(String.raw`\+?84[ .\-]?${spaced(digits.slice(1))}`);
  if (/^84\d{9,10}$/.test(digits)) forms.push(spaced(`0${digits.slice(2)}`));
  return new RegExp(String.raw`(?<![\p{N}])(?:${forms.join('|')})(?![\p{N}])`, 'gu');
}

/** A text term, folded: its words in order, whatever the diacritics, case and separators in between. */
function textPattern(term: string): RegExp | null {
  const words = foldWithOffsets(term).folded.split(/[\s,.;:\-–/]+/u).filter(Boolean);
  if (words.join('').length < 3) return null;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${words.map(escape).join(GAP)}(?![\p{L}\p{N}])`, 'gu');
}

/**
 * Every occurrence of the caller's protected terms (a denouncer's name, ID number, phone,
 * address…), ignoring diacritics and case: "NGUYEN VAN BINH" and "Nguyễn Văn Bình" are the same
 * person. Terms shorter than three letters or digits are ignored: they would mask ordinary words.
 */
export function detectProtected(text: string, terms: readonly string[], kind: RedactionKind, folded: FoldedText = foldWithOffsets(text)): Detection[] {
  const found: Detection[] = [];
  for (const term of terms) {
    const compact = term.replace(/[\s.\-()+]/g, '');
    if (/^\d{6,}$/.test(compact)) {
      for (const m of text.matchAll(numberPattern(compact))) found.push({ start: m.index, end: m.index + m[0].length, kind });
      continue;
    }
    const pattern = textPattern(term);
    if (!pattern) continue;
    for (const m of folded.folded.matchAll(pattern)) {
      const range = originalRange(folded, m.index, m.index + m[0].length);
      if (range) found.push({ ...range, kind });
    }
  }
  return found;
}
