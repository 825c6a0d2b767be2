import { foldWithOffsets } from './fold-map.js';
import type { Detection } from './detected-span.js';
import { honorifics, institutionStarts, leadingWords, nonNameWords, placeNames, surnames } from './vocabulary.js';

const NOT_WORD = String.raw`(?![\p{L}\p{M}\p{N}])`;
const TITLE = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{L}[\p{Ll}\p{M}]*)?${NOT_WORD}`;
const CAPS = String.raw`\p{Lu}[\p{Lu}\p{M}]*(?:['’]\p{Lu}[\p{Lu}\p{M}]*)?${NOT_WORD}`;

/** A run of Title-Case words on one line: "Nguyễn Văn A", "Rơ Mah Thị Hồng", "Ksor H'Bia". */
const TITLE_RUN = new RegExp(String.raw`(?<![\p{L}\p{M}\p{N}])${TITLE}(?:[ \t]+${TITLE})*`, 'gu');
/** After a form of address or "Họ và tên:", a name may also be written in capitals. */
const NAME_AFTER_TRIGGER = new RegExp(String.raw`(?:${TITLE}|${CAPS})(?:[ \t]+(?:${TITLE}|${CAPS})){0,5}`, 'uy');

const HONORIFIC = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${honorifics.join('|')})(?:\s*[(/]\s*(?:ông|bà)\s*\)?)?[ \t]+`,
  'giu',
);
const NAME_TRIGGER =
  /(?<![\p{L}\p{M}])(?:họ\s+và\s+tên|họ\s*(?:,\s*)?tên|người\s+(?:tố\s+cáo|khiếu\s+nại|kiến\s+nghị|phản\s+ánh|đại\s+diện|được\s+[uủ]y\s+quyền))\s*(?::|là)?\s*/giu;
const HONORIFIC_AT = new RegExp(String.raw`(?:${honorifics.join('|')})(?:\s*[(/]\s*(?:ông|bà)\s*\)?)?[ \t]+`, 'iuy');
/** Address words right before a Title-Case run make it a place: "xã Đăk Cấm", "tỉnh Kon Tum", "đường Trần Phú". */
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:xã|phường|thị\s+trấn|thị\s+xã|thành\s+phố|tp\.?|huyện|quận|tỉnh|thôn|làng|xóm|ấp|bản|buôn|plei|khối|tổ|đường|phố|ngõ|hẻm|kiệt|sông|núi|đèo|cầu|chợ|trường|bệnh\s+viện|trung\s+tâm|công\s+ty|doanh\s+nghiệp|hợp\s+tác\s+xã|\d[\d/]*[a-z]?)[ \t]+$/iu;

type Word = { start: number; end: number; text: string };

function wordsOf(run: string, offset: number): Word[] {
  return [...run.matchAll(/\S+/gu)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0].normalize('NFC') }));
}

const isPlace = (words: readonly Word[]) => placeNames.has(foldWithOffsets(words.map((w) => w.text).join(' ')).folded);

/** Cuts a name before the first word that cannot belong to one ("… Trưởng phòng"). */
function untilNonName(words: readonly Word[]): Word[] {
  const cut = words.findIndex((w, i) => i > 0 && nonNameWords.has(w.text));
  return cut === -1 ? [...words] : words.slice(0, cut);
}

const toDetection = (words: readonly Word[]): Detection | null => {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.start, end: last.end, kind: 'person_name' } : null;
};

/** The name written at `at` after a form of address or a trigger, if any. */
function nameAt(text: string, at: number, trigger: 'honorific' | 'label'): Detection | null {
  NAME_AFTER_TRIGGER.lastIndex = at;
  const m = NAME_AFTER_TRIGGER.exec(text);
  if (!m) return null;
  const words = untilNonName(wordsOf(m[0], m.index));
  const first = words[0];
  if (!first || nonNameWords.has(first.text)) return null;
  // "Người tố cáo A" is the pseudonym the case file uses, not a name.
  if (trigger === 'label' && words.length === 1 && /^\p{Lu}\d?$/u.test(first.text)) return null;
  if (isPlace(words)) return null;
  return toDetection(words);
}

/**
 * Personal names: after a form of address ("ông", "bà (ông)", "chị"…), after "Họ và tên:" or
 * "người tố cáo", and any run of 2–5 Title-Case words that is not an agency, a position, a
 * document or a place (a run that starts with a known surname is taken for a name). Only the name is masked, never the form of address before it.
 */
export function detectNames(text: string): Detection[] {
  const found: Detection[] = [];
  for (const m of text.matchAll(HONORIFIC)) {
    if (PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const name = nameAt(text, m.index + m[0].length, 'honorific');
    if (name) found.push(name);
  }
  for (const m of text.matchAll(NAME_TRIGGER)) {
    let at = m.index + m[0].length;
    HONORIFIC_AT.lastIndex = at;
    const honorific = HONORIFIC_AT.exec(text);
    if (honorific) at += honorific[0].length;
    const name = nameAt(text, at, 'label');
    if (name) found.push(name);
  }
  for (const m of text.matchAll(TITLE_RUN)) {
    const all = wordsOf(m[0], m.index);
    const lead = all.findIndex((w) => !leadingWords.has(w.text));
    let words = lead === -1 ? [] : all.slice(lead);
    const first = words[0];
    if (!first || institutionStarts.has(first.text)) continue;
    words = untilNonName(words).slice(0, 5);
    if (words.length < 2 || isPlace(words)) continue;
    // Without a known surname in front, a later agency word means a heading or a sentence start ("Xét Báo cáo").
    if (!surnames.has(first.text) && words.some((w, i) => i > 0 && institutionStarts.has(w.text))) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, first.start - 20), first.start))) continue;
    const name = toDetection(words);
    if (name) found.push(name);
  }
  return found;
}
