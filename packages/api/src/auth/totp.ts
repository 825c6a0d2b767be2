import { openText, seal, type VaultKeyring } from '@kntc/db';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them: SHA-1,
 * six digits, 30-second steps. The secret is 160 bits (RFC 4226's recommendation) and is kept
 * sealed with the identity-vault key, so a database dump alone cannot produce codes.
 */
const PERIOD_SECONDS = 30;
const ISSUER = 'KNTC';
/** One step either side absorbs a phone clock that is off by up to half a minute. */
const WINDOW = 1;

const totpOf = (secretBase32: string, username = '') =>
  new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(secretBase32) });

export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The AAD ties a sealed secret to its account: copied onto another user's row it does not open. */
const aadOf = (userId: string) => `totp:${userId}`;

export const sealTotpSecret = (vault: VaultKeyring, userId: string, secretBase32: string): string =>
  seal(vault, secretBase32, aadOf(userId)).toString('base64');

export const openTotpSecret = (vault: VaultKeyring, userId: string, sealed: string): string =>
  openText(vault, Buffer.from(sealed, 'base64'), aadOf(userId));

/** The step a code belongs to, or null when it matches none within the window. */
export function matchTotp(secretBase32: string, code: string, now: Date): number | null {
  const delta = totpOf(secretBase32).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The code an authenticator shows at `now`: for tests and the demo only. */
export const currentTotpCode = (secretBase32: string, now: Date): string => totpOf(secretBase32).generate({ timestamp: now.getTime() });

/** What the enrolment screen shows once: the otpauth:// address as a QR code, and the secret to type by hand. */
export async function totpEnrolment(secretBase32: string, username: string) {
  const uri = totpOf(secretBase32, username).toString();
  const qrSvg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  return { secret: secretBase32, uri, qrSvg };
}
