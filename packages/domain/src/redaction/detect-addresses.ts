import { foldWithOffsets } from './fold-map.js';
import type { Detection } from './detected-span.js';
import { agencyBeforeUnit, coarseAddressUnits, fineAddressUnits, institutionStarts } from './vocabulary.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (units: readonly string[]) => [...units].sort((a, b) => b.length - a.length).map((u) => escape(u).replace(/ /g, '\\s+')).join('|');

const NOT_WORD = String.raw`(?![\p{L}\p{M}\p{N}])`;
const TITLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?${NOT_WORD}`;
/** What follows a unit word: a number ("thôn 5", "tổ 12", "kiệt 45/3") or a Title-Case name ("xã Đăk Cấm", "Ia H'Drai"). */
const UNIT_NAME = new RegExp(String.raw`(?:\d+[A-Za-z]?(?:[/\-]\d+)*${NOT_WORD}|${TITLE}(?:[ \t]+${TITLE}){0,3}(?:[ \t]+\d+[A-Za-z]?${NOT_WORD})?)`, 'uy');
const FINE_UNIT = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternatives(fineAddressUnits)})[ \t]+`, 'giu');
const ANY_UNIT_AT = new RegExp(String.raw`(?:${alternatives([...fineAddressUnits, ...coarseAddressUnits])})(?![\p{L}\p{M}])[ \t]*`, 'iuy');
const FINE_UNIT_AT = new RegExp(String.raw`(?:${alternatives(fineAddressUnits)})[ \t]+`, 'iuy');
/** "Số 12 Trần Phú", "số 45/3 đường Ngô Quyền": a house number, only when a street follows (never "số 12/QĐ-SNV"). */
const HOUSE_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{M}])số[ \t]+\d+[A-Za-z]?(?:/\d+)*(?=,?[ \t]+(?:\p{Lu}|đường|phố|ngõ|hẻm|kiệt))`, 'gu');
const HOUSE_NUMBER_AT = /số[ \t]+\d+[A-Za-z]?(?:\/\d+)*,?[ \t]+/iuy;
const SEPARATOR = /[ \t]*[,\-–][ \t]*|[ \t]+/y;

/** Words that introduce someone's residence: everything up to the end of the clause is their address. */
const RESIDENCE_TRIGGER =
  /(?<![\p{L}\p{M}])(?:địa\s+chỉ(?:\s+(?:thường\s+trú|liên\s+hệ|cư\s+trú|nơi\s+ở))?|nơi\s+(?:cư\s+trú|thường\s+trú|tạm\s+trú|ở(?:\s+hiện\s+nay)?)|thường\s+trú|tạm\s+trú|trú\s+(?:tại|ở)|cư\s+trú\s+tại|sinh\s+sống\s+tại|quê\s+quán|nguyên\s+quán)(?:\s*:\s*|\s+(?:tại|ở)\s+|\s+)/giu;

/** Title-Case words that start a document, not a place: "Bản Kết luận", "Tổ Báo cáo" stay text. */
const documentWords = new Set(['Kết', 'Báo', 'Biên', 'Thông', 'Tờ', 'Đơn', 'Giấy', 'Phiếu', 'Kế', 'Mẫu', 'Phụ']);

/** Whether a name after a unit word is a place: one word that is an agency or a document word ("Tổ Xác", "Bản Kết") is not. */
function isPlaceName(name: string): boolean {
  if (/^\d/.test(name)) return true;
  const words = name.split(/[ \t]+/).map((w) => w.normalize('NFC'));
  const first = words[0] ?? '';
  return words.length === 1 ? !institutionStarts.has(first) : !documentWords.has(first);
}

/** One part of an address at `at`: a unit and its name, or a house number; returns where it ends. */
function componentAt(text: string, at: number, fineOnly: boolean): number | null {
  let pos = at;
  HOUSE_NUMBER_AT.lastIndex = pos;
  const house = HOUSE_NUMBER_AT.exec(text);
  if (house) pos += house[0].length;
  const unitRe = fineOnly ? FINE_UNIT_AT : ANY_UNIT_AT;
  unitRe.lastIndex = pos;
  const unit = unitRe.exec(text);
  if (unit) pos += unit[0].length;
  else if (!house) return null;
  UNIT_NAME.lastIndex = pos;
  const name = UNIT_NAME.exec(text);
  if (!name || !isPlaceName(name[0])) return null;
  return pos + name[0].length;
}

/**
 * Extends an address over the parts that follow it ("Thôn 5, xã Đăk Cấm"), stopping at the
 * district unless told otherwise. Where a chain ends depends only on where it is, so `known` (one
 * map per text and `fineOnly`) remembers it for every part walked: every unit word of a long list
 * ("thôn 1, thôn 2, …") starts a chain, and without it each would walk to the end of the list
 * again (quadratic time).
 */
function chainEnd(text: string, end: number, fineOnly: boolean, known: Map<number, number>): number {
  const walked: number[] = [];
  let result: number | undefined;
  while (result === undefined) {
    result = known.get(end);
    if (result !== undefined) break;
    walked.push(end);
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    const next = sep ? componentAt(text, end + sep[0].length, fineOnly) : null;
    if (next === null) result = end;
    else end = next;
  }
  for (const at of walked) known.set(at, result);
  return result;
}

const isAgencyName = (text: string, at: number) => {
  const before = foldWithOffsets(text.slice(Math.max(0, at - 30), at)).folded.trimEnd();
  return agencyBeforeUnit.some((w) => before.endsWith(w));
};

/** A part of an address with no unit word: "12 Trần Phú", "Kon Tum", "45/3". */
const BARE_PART = new RegExp(String.raw`(?:\d+[A-Za-z]?(?:/\d+)*${NOT_WORD}(?:[ \t]+${TITLE}(?:[ \t]+${TITLE}){0,4})?|${TITLE}(?:[ \t]+${TITLE}){0,4})`, 'uy');
const PART_GAP = /[ \t]*,[ \t]*/y;
const LEADING_SPACE = /[ \t]*/y;

/**
 * After a residence trigger: comma-separated parts that are address parts (any unit, district and
 * province included), up to the first part that is not, or that goes on with other words
 * ("…, thành phố Kon Tum là người làm chứng" ends after "Kon Tum").
 */
function residenceEnd(text: string, from: number): number | null {
  LEADING_SPACE.lastIndex = from;
  let at = from + (LEADING_SPACE.exec(text)?.[0].length ?? 0);
  let end: number | null = null;
  for (let parts = 0; parts < 12; parts++) {
    let partEnd = componentAt(text, at, false);
    if (partEnd === null) {
      BARE_PART.lastIndex = at;
      const bare = BARE_PART.exec(text);
      partEnd = bare ? at + bare[0].length : null;
    }
    if (partEnd === null) break;
    end = partEnd;
    PART_GAP.lastIndex = partEnd;
    const gap = PART_GAP.exec(text);
    if (!gap) break;
    at = partEnd + gap[0].length;
  }
  return end;
}

/**
 * Addresses. After "địa chỉ", "trú tại", "thường trú"… the whole address is masked, province
 * included: it is where someone lives. Elsewhere only the parts finer than a district are
 * (house, street, hamlet, village, group, commune, ward, town): "tỉnh Kon Tum" and "thành phố
 * Kon Tum" stay, since they name the agency's own area and every decision needs them, and
 * "Ủy ban nhân dân xã …" stays, since it is an agency.
 */
export function detectAddresses(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(RESIDENCE_TRIGGER)) {
    const from = m.index + m[0].length;
    const end = residenceEnd(text, from);
    if (end !== null && end > from) found.push({ start: from, end, kind: 'address' });
  }
  const chainEnds = new Map<number, number>();
  const starts = [...text.matchAll(FINE_UNIT)].map((m) => m.index).concat([...text.matchAll(HOUSE_NUMBER)].map((m) => m.index));
  for (const start of starts) {
    // "thành phố", "thị xã" are district-level units, not a street or a commune.
    if (isAgencyName(text, start) || /(?:thành|thị)[ \t]+$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
    const end = componentAt(text, start, true);
    if (end === null) continue;
    found.push({ start, end: chainEnd(text, end, true, chainEnds), kind: 'address' });
  }
  return found;
}
