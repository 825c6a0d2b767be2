import { vnMultiline } from '../text/vn-text.js';
import type { PetitionKind } from './enums.js';

/**
 * Whose identity is kept secret (Luật Tố cáo 2018 Đ9.1b, Đ47, Đ56): every denouncer, and any
 * other sender who asks for it (a letter with several contents that includes a denunciation should).
 */
export const isIdentityProtected = (kind: PetitionKind, protectIdentity: boolean): boolean => protectIdentity || kind === 'denunciation';

const pseudonymRoles: Record<PetitionKind, string> = {
  denunciation: 'Người tố cáo',
  complaint: 'Người khiếu nại',
  recommendation: 'Người kiến nghị, phản ánh',
  mixed: 'Người gửi đơn',
};

/** A, B, … Z, AA, AB, …: the letter's signers in the order written. */
function letterIndex(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

/** "Người tố cáo A" for the sender, "Người tố cáo B" for the first co-signer, and so on. */
export const pseudonym = (kind: PetitionKind, index: number): string => `${pseudonymRoles[kind]} ${letterIndex(index)}`;

/** A protected person's identifying fields, as sealed in the vault. */
export type ProtectedIdentity = {
  fullName: string;
  address: string;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
};

/** What stands in the letter's text where an identifying detail was written. */
export const MASK = '[đã ẩn]';

/** Each code point folded on its own, so every match in the folded text maps back to the original. */
function foldByCodePoint(text: string): string[] {
  return Array.from(text, (ch) => {
    const folded = ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
    return folded.length > 0 ? folded : ch;
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for the term folded: any spacing between words, any separators between digits. */
function termPattern(term: string, isPhone = false): string | null {
  const folded = foldByCodePoint(term.normalize('NFC').trim()).join('');
  if (/^[\d\s.+()-]+$/.test(folded)) {
    const digits = folded.replace(/\D/g, '');
    if (digits.length < 6) return null;
    // A phone number is written 0905… as well as +84 905….
    const national = isPhone && digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
    const variants = isPhone && national.startsWith('0') ? [national, `84${national.slice(1)}`] : [national];
    return variants.map((d) => `\\+?${d.split('').join('[\\s.()-]*')}`).join('|');
  }
  const words = folded.split(/[\s,]+/).filter(Boolean);
  if (words.join('').length < 3) return null;
  return words.map(escape).join('[\\s,]+');
}

/**
 * Replaces every occurrence of a protected identity in a text: the name by the pseudonym, the other
 * details by MASK. Matching ignores case, diacritics, spacing and digit separators, so "NGUYEN VAN
 * AN" or "0905 123 456" are caught as well as the exact spelling.
 */
export function maskIdentity(text: string, identity: ProtectedIdentity, pseudonymText: string): string {
  const original = Array.from(text.normalize('NFC'));
  const foldedChars = foldByCodePoint(original.join(''));
  const replacements: { pattern: string; by: string }[] = [];
  const add = (term: string | null, by: string, isPhone = false) => {
    const pattern = term ? termPattern(term, isPhone) : null;
    if (pattern) replacements.push({ pattern, by });
  };
  // Longest details first, so an address that contains the name is masked as a whole.
  add(identity.address, MASK);
  add(identity.email, MASK);
  add(identity.idNumber, MASK);
  add(identity.phone, MASK, true);
  add(identity.fullName, pseudonymText);
  if (replacements.length === 0) return original.join('');
  const matcher = new RegExp(replacements.map((r) => `((?<![\\p{L}\\p{N}])(?:${r.pattern})(?![\\p{L}\\p{N}]))`).join('|'), 'gu');
  // Code-point index of each UTF-16 offset in the folded text (a folded code point may be two units).
  const codePointAt = new Map<number, number>();
  let unit = 0;
  foldedChars.forEach((ch, i) => {
    codePointAt.set(unit, i);
    unit += ch.length;
  });
  codePointAt.set(unit, foldedChars.length);
  let out = '';
  let last = 0;
  for (const m of foldedChars.join('').matchAll(matcher)) {
    const by = replacements[m.slice(1).findIndex((g) => g !== undefined)]?.by ?? MASK;
    const start = codePointAt.get(m.index) ?? last;
    const end = codePointAt.get(m.index + m[0].length) ?? start;
    out += original.slice(last, start).join('') + by;
    last = end;
  }
  return out + original.slice(last).join('');
}

/** The details a redaction must find in anything published about the letter. */
export const identityTerms = (identity: ProtectedIdentity): string[] =>
  [identity.fullName, identity.idNumber, identity.phone, identity.email, identity.address].filter((t): t is string => !!t && t.trim().length > 0);

/** A letter's text with each signer's identity replaced by their pseudonym (sender first). */
export const maskSignersText = (text: string, kind: PetitionKind, signers: readonly ProtectedIdentity[]): string =>
  signers.reduce((masked, signer, i) => maskIdentity(masked, signer, pseudonym(kind, i)), text);

/** Why an official opens the vault: kept word for word on the audit row of the opening. */
export const IdentityRevealReasonSchema = vnMultiline({ error: 'Hãy ghi lý do xem danh tính.' })
  .min(10, { error: 'Lý do xem danh tính phải có ít nhất 10 ký tự.' })
  .max(1000, { error: 'Lý do xem danh tính không được quá 1000 ký tự.' });
