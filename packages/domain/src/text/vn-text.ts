import { z } from 'zod';
import { normalizeMultiline, normalizeText } from './fold.js';
import { checkLegacyEncoding } from './legacy-encoding.js';

export const LEGACY_ENCODING_MESSAGE =
  'Văn bản có vẻ được gõ bằng bảng mã cũ (VNI hoặc TCVN3/ABC) nên hiển thị sai dấu. Hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi nhập lại.';

export type NormalizedText = { ok: true; text: string } | { ok: false; message: string };

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;

/**
 * Canonical stored form of user text: NFC, without invisible characters, whitespace tidied, and text pasted
 * from a TCVN3 document converted to Unicode. Text in another old encoding (VNI) is refused, because
 * storing it would make the same name unfindable and print as gibberish on every document.
 */
export function normalizeVietnamese(input: string, options: { multiline?: boolean } = {}): NormalizedText {
  // The soft hyphen is TCVN3's "ư", so it may only go after the encoding check.
  const legacy = checkLegacyEncoding(input.normalize('NFC').replace(INVISIBLE, ''));
  if (legacy.kind === 'legacy') return { ok: false, message: LEGACY_ENCODING_MESSAGE };
  const text = legacy.kind === 'tcvn3' ? legacy.text : input;
  return { ok: true, text: options.multiline ? normalizeMultiline(text) : normalizeText(text) };
}

const transformWith =
  (multiline: boolean) =>
  (value: string, ctx: z.RefinementCtx<string>): string => {
    const result = normalizeVietnamese(value, { multiline });
    if (result.ok) return result.text;
    ctx.issues.push({ code: 'custom', message: result.message, input: value });
    return z.NEVER;
  };

/** Zod transform for one-line user text (names, addresses, titles): normalises or adds the old-encoding issue. */
export const toStoredText = transformWith(false);
/** Zod transform for multi-line user text (letter content, minutes): keeps paragraphs. */
export const toStoredMultiline = transformWith(true);

const stringWith = (multiline: boolean) => (params?: Parameters<typeof z.string>[0]) =>
  z
    .string(params)
    // A refinement and an overwrite keep the schema a ZodString, so length checks chain after it as after .trim().
    .refine((v) => normalizeVietnamese(v, { multiline }).ok, { error: LEGACY_ENCODING_MESSAGE, abort: true })
    .overwrite((v) => {
      const result = normalizeVietnamese(v, { multiline });
      return result.ok ? result.text : v;
    });

/** A user-typed one-line string (name, address, title) in its stored form; use where `z.string().trim()` was. */
export const vnText = stringWith(false);
/** A user-typed multi-line string (content, minutes, reasons) in its stored form; keeps paragraphs. */
export const vnMultiline = stringWith(true);
