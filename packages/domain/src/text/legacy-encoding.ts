/**
 * Text pasted from documents typed in the pre-Unicode Vietnamese encodings (TCVN3/ABC with .VnTime fonts,
 * VNI-Windows with VNI-Times fonts) arrives as Latin-1 look-alikes: "Ng­êi" (TCVN3) or "Ngöôøi" (VNI)
 * for "Người". TCVN3 maps one byte to one letter, so it converts reliably; VNI spells a letter as a base
 * vowel plus a mark byte that collides with real Vietnamese letters (ô, â, ê), so it is only detected.
 */

// TCVN 5712:1993 (VN3) lower-case letters and the seven upper-case base letters it has; the toned
// upper-case letters were a separate font (.VnTimeH) over the same codes.
const TCVN3_PAIRS =
  'µà¸á¶ả·ã¹ạ¨ă»ằ¾ắ¼ẳ½ẵÆặ©âÇầÊấÈẩÉẫËậ®đÌèÐéÎẻÏẽÑẹªêÒềÕếÓểÔễÖệ×ìÝíØỉÜĩÞịßòãóáỏâõäọ«ôåồèốæổçỗéộ¬ơêờíớëởìỡîợïùóúñủòũôụ\u00ADưõừøứöử÷ữùựúỳýýûỷüỹþỵ¡Ă¢Â§Đ£Ê¤Ô¥Ơ¦Ư';
const TCVN3_TO_UNICODE = new Map<string, string>();
for (let i = 0; i < TCVN3_PAIRS.length; i += 2) TCVN3_TO_UNICODE.set(TCVN3_PAIRS[i] as string, TCVN3_PAIRS[i + 1] as string);

/** Letters only Unicode Vietnamese has: ă đ ĩ ũ ơ ư, the Latin Extended Additional block, or a combining mark (NFD). */
const UNICODE_VIETNAMESE = /[ăĂđĐĩĨũŨơƠưƯ\u1EA0-\u1EF9]|[\u0300-\u0303\u0309\u0323]/u;

/**
 * Latin-1 characters that both legacy encodings use for letters but Vietnamese written in Unicode never
 * contains (it only uses À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý from that block).
 */
const LEGACY_MARKERS = /[\u00A1-\u00A8\u00AA-\u00AE\u00B5-\u00B9\u00BB-\u00BE\u00C4-\u00C7\u00CB\u00CE\u00CF\u00D1\u00D6-\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE\u00EF\u00F1\u00F6-\u00F8\u00FB\u00FC\u00FE]/u;

// Onsets are loose on purpose: the province's place names (Kon Plông, Đắk Glei) keep ethnic-minority clusters.
const INITIAL = '(?:ngh|gi|qu|[bcdđfghjklmnprstvwxz]{1,3})?';
const NUCLEUS =
  '(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|iê|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])';
const FINAL = '(?:ch|ng|nh|[cmnptk])?';
const SYLLABLE = new RegExp(`^${INITIAL}${NUCLEUS}${FINAL}$`, 'u');
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Whether a word is one Vietnamese syllable: a known onset, vowel group and coda, and at most one tone mark. */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  if ((decomposed.match(TONE_MARKS) ?? []).length > 1) return false;
  return SYLLABLE.test(decomposed.replace(TONE_MARKS, '').normalize('NFC'));
}

// VNI-Windows writes a letter as a base plus a mark byte: "eá" is "ế", "ö" is "ư", "ô" is "ơ", "ñ" is "đ".
const VNI_LETTERS: Record<string, string> = { ö: 'ư', Ö: 'Ư', ô: 'ơ', Ô: 'Ơ', ñ: 'đ', Ñ: 'Đ', æ: 'ỉ', Æ: 'Ỉ', ó: 'ĩ', Ó: 'Ĩ', ò: 'ị', Ò: 'Ị' };
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
const VNI_MARKS: Record<string, string> = {
  ù: '\u0301', ø: '\u0300', û: '\u0309', õ: '\u0303', ï: '\u0323',
  â: CIRCUMFLEX, á: `${CIRCUMFLEX}\u0301`, à: `${CIRCUMFLEX}\u0300`, å: `${CIRCUMFLEX}\u0309`, ã: `${CIRCUMFLEX}\u0303`, ä: `${CIRCUMFLEX}\u0323`,
  ê: BREVE, é: `${BREVE}\u0301`, è: `${BREVE}\u0300`, ú: `${BREVE}\u0309`, ü: `${BREVE}\u0303`, ë: `${BREVE}\u0323`,
};

function decodeVniWord(word: string): string {
  let out = '';
  for (const ch of word) {
    const mark = VNI_MARKS[ch.toLowerCase()];
    out += mark && /[aeiouyăâêôơư]$/iu.test(out.normalize('NFC')) ? mark : (VNI_LETTERS[ch] ?? ch);
  }
  return out.normalize('NFC');
}

function decodeTcvn3Word(word: string, allCaps = false): string {
  const decoded = Array.from(word, (ch) => TCVN3_TO_UNICODE.get(ch) ?? ch).join('');
  // A word typed in capitals with the .VnTimeH font carries lower-case codes: keep it in capitals ("HOµ"),
  // but one capital is a capitalised word ("Hµ") unless the whole text is in capitals ("X·").
  return (allCaps && /[A-Z]/u.test(word)) || /^[^a-z]*[A-Z][^a-z]*[A-Z][^a-z]*$/u.test(word) ? decoded.toLocaleUpperCase('vi') : decoded;
}

const WORD = /[\p{L}\u00A1-\u00FE]+/gu;
const LATIN1 = /[\u00A1-\u00FE]/u;
const validShare = (words: string[]) => words.filter(isVietnameseSyllable).length / words.length;

export type LegacyCheck = { kind: 'unicode' } | { kind: 'tcvn3'; text: string } | { kind: 'legacy' };

/**
 * Classifies text as Unicode, TCVN3 (with its conversion) or some other legacy encoding (VNI and the like),
 * which the caller should refuse. Text that contains any letter only Unicode has is taken as Unicode; so is
 * text whose accented words read as Vietnamese syllables as they are, or read as such in neither encoding
 * (a foreign name such as "Müller").
 */
export function checkLegacyEncoding(input: string): LegacyCheck {
  if (UNICODE_VIETNAMESE.test(input)) return { kind: 'unicode' };
  const words = (input.match(WORD) ?? []).filter((w) => LATIN1.test(w));
  if (words.length === 0) return { kind: 'unicode' };
  const asIs = validShare(words);
  if (asIs === 1) return { kind: 'unicode' };
  if (LEGACY_MARKERS.test(input)) {
    const tcvn3 = validShare(words.map((w) => decodeTcvn3Word(w)));
    const allCaps = !/[a-z]/u.test(input);
    if (tcvn3 === 1) return { kind: 'tcvn3', text: input.replace(WORD, (w) => (LATIN1.test(w) ? decodeTcvn3Word(w, allCaps) : w)) };
    if (tcvn3 >= 0.6 && tcvn3 > asIs) return { kind: 'legacy' };
  }
  const vni = validShare(words.map(decodeVniWord));
  return vni >= 0.6 && vni > asIs ? { kind: 'legacy' } : { kind: 'unicode' };
}
