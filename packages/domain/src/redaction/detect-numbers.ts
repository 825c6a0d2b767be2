import type { Detection } from './detected-span.js';

/**
 * Digit runs with single spaces, dots or dashes between digits ("0905 123 456", "062.085.001.234"),
 * optionally after "+". Not after a letter, digit or "/" ("12/QĐ-SNV", "NĐ-CP 31").
 */
const NUMBER_RUN = /(?<![\p{L}\p{N}/])\+?\d(?:[ .-]?\d)*/gu;

/** Words that say the number after them is an identity document: "CCCD số", "CMND:", "số định danh", "hộ chiếu". */
const ID_TRIGGER = /(?:cccd|cmnd|cmtnd|căn cước|chứng minh|định danh|hộ chiếu|passport)[^\n\d]{0,25}$/iu;
/** Amounts and quantities, never identifiers: "150.000.000 đồng", "20.000 m2". */
const AMOUNT_AFTER = /^\s*(?:đồng|đ\b|vnđ|vnd|triệu|tỷ|nghìn|ngàn|usd|m2|m²|ha\b|%|người|hộ\b)/iu;
/** A passport number after its trigger: one letter and seven digits. */
const PASSPORT = /(?:hộ chiếu|passport)[^\n]{0,20}?(?<![\p{L}\p{N}])([A-Z]\d{7})(?!\p{N})/giu;

type Group = { start: number; end: number; digits: string; separator: string };

/** The most digits a phone (+84 2xx…, 84…) or an ID (CCCD) has; classify() refuses anything longer. */
const MAX_DIGITS = 12;

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  const re = /\d+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(run))) {
    const separator = m.index > 0 ? (run[m.index - 1] ?? '') : '';
    groups.push({ start: offset + m.index, end: offset + m.index + m[0].length, digits: m[0], separator });
  }
  return groups;
}

/** Thousands written with dots ("150.000.000"): a first group of 1–3 digits not starting with 0, then groups of 3. */
const looksLikeAmount = (groups: readonly Group[]) =>
  groups.length > 1 &&
  groups.every((g, i) => (i === 0 ? g.digits.length <= 3 && !g.digits.startsWith('0') : g.digits.length === 3 && g.separator === '.'));

/** What a run of digits is, by length and prefix (Vietnamese numbering plan; CCCD 12 digits, CMND 9). */
function classify(digits: string, plus: boolean): 'phone' | 'id_number' | null {
  if (plus) return /^84(?:[35789]\d{8}|2\d{9})$/.test(digits) ? 'phone' : null;
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits) || /^01\d{9}$/.test(digits)) return 'phone';
  if (/^84[35789]\d{8}$/.test(digits)) return 'phone';
  if (digits.length === 12 || digits.length === 9) return 'id_number';
  return null;
}

/** CCCD/CMND numbers, passports after their trigger, and Vietnamese phone numbers (0xxx, +84, 84). */
export function detectNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(NUMBER_RUN)) {
    const plus = m[0].startsWith('+');
    const groups = groupsOf(m[0], m.index);
    const triggered = ID_TRIGGER.test(text.slice(Math.max(0, m.index - 60), m.index));
    // The longest run of adjacent groups that is a phone or an ID, leftmost first: "tổ 3 0905123456" still finds the phone.
    // Only runs of at most MAX_DIGITS digits are tried, so a long run ("0905123456 0912345678 …",
    // a table of amounts) costs linear time, not cubic.
    let i = 0;
    while (i < groups.length) {
      let matched = false;
      let longest = i;
      for (let count = groups[i]?.digits.length ?? 0; longest + 1 < groups.length; longest++) {
        count += groups[longest + 1]?.digits.length ?? 0;
        if (count > MAX_DIGITS) break;
      }
      for (let j = longest; j >= i; j--) {
        const part = groups.slice(i, j + 1);
        const first = part[0];
        const last = part[part.length - 1];
        if (!first || !last) continue;
        const kind = classify(part.map((g) => g.digits).join(''), plus && i === 0);
        if (!kind) continue;
        if (kind === 'id_number' && !triggered && (looksLikeAmount(part) || AMOUNT_AFTER.test(text.slice(last.end, last.end + 12)))) continue;
        found.push({ start: plus && i === 0 ? m.index : first.start, end: last.end, kind });
        i = j + 1;
        matched = true;
        break;
      }
      if (!matched) i++;
    }
  }
  for (const m of text.matchAll(PASSPORT)) {
    const value = m[1] ?? '';
    const start = m.index + m[0].length - value.length;
    found.push({ start, end: start + value.length, kind: 'id_number' });
  }
  return found;
}
