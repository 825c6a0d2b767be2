/**
 * A rough width of a line of Times New Roman text, in twips. Phụ lục I sizes the rules under the agency name,
 * the motto and the subject relative to the text above them; Word cannot measure for us, so this estimate uses
 * average glyph widths (in em) that are close enough for a line that only has to look proportionate.
 */
export function estimateTextWidth(text: string, points: number, isBold = false): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) {
    if (ch === ' ') ems += 0.25;
    else if (/\p{Lu}/u.test(ch)) ems += 0.7;
    else if (/\p{Ll}/u.test(ch)) ems += 0.47;
    else if (/\d/.test(ch)) ems += 0.5;
    else ems += 0.33;
  }
  return Math.round(ems * points * 20 * (isBold ? 1.06 : 1));
}
