import { createHmac, randomBytes } from 'node:crypto';
import { formatTrackingCode, normalizeTrackingCode } from '@kntc/domain';

/**
 * Tracking codes are stored only as an HMAC under a server secret: a copy of the database alone
 * cannot be used to look letters up, and a lookup is one indexed equality, not a scan.
 */
export const trackingHash = (secret: Buffer, canonicalCode: string) => createHmac('sha256', secret).update(canonicalCode).digest('hex');

export function newTrackingCode(secret: Buffer): { code: string; hash: string } {
  const code = formatTrackingCode(randomBytes(12));
  const canonical = normalizeTrackingCode(code);
  if (!canonical) throw new Error('generated an invalid tracking code');
  return { code, hash: trackingHash(secret, canonical) };
}
