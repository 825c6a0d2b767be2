import type { Detection } from './detected-span.js';

const TRIGGER = /(?<![\p{L}])(?:ngày\s*(?:,\s*)?tháng\s*(?:,\s*)?năm\s+sinh|sinh\s+ngày|ngày\s+sinh|sinh\s+năm|năm\s+sinh)\s*:?\s*/giu;
const DATE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\d{4}(?!\d)/iuy;

/** Dates of birth after "sinh ngày", "ngày sinh", "sinh năm", "năm sinh": the date, not the words. */
export function detectBirthDates(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(TRIGGER)) {
    DATE.lastIndex = m.index + m[0].length;
    const date = DATE.exec(text);
    if (date) found.push({ start: date.index, end: date.index + date[0].length, kind: 'birth_date' });
  }
  return found;
}
