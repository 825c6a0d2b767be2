/**
 * Tracking codes on receipts: 12 characters of Crockford's base32 (no I, L, O, U, so nothing a
 * citizen can misread), grouped 4-4-4: about 60 bits, too many to guess at a rate-limited lookup.
 */
export const TRACKING_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_CODE_LENGTH = 12;

export function formatTrackingCode(randomBytes: Uint8Array): string {
  if (randomBytes.length < TRACKING_CODE_LENGTH) throw new Error('not enough random bytes for a tracking code');
  let code = '';
  for (let i = 0; i < TRACKING_CODE_LENGTH; i++) code += TRACKING_ALPHABET[(randomBytes[i] ?? 0) % 32];
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`;
}

/**
 * What a citizen types, as the canonical code: case and separators ignored, and the letters
 * people confuse with digits read as those digits. Null when it cannot be a code.
 */
export function normalizeTrackingCode(input: string): string | null {
  const cleaned = input
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (cleaned.length !== TRACKING_CODE_LENGTH) return null;
  for (const ch of cleaned) if (!TRACKING_ALPHABET.includes(ch)) return null;
  return cleaned;
}
