import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The identity vault's encryption: AES-256-GCM done in the application, with a key that never
 * reaches the database, so a database dump or backup alone reveals no protected identity.
 *
 * A sealed box is `version (1) | key id (4) | IV (12) | tag (16) | ciphertext`. The key id lets a
 * keyring hold the current key plus retired ones: new boxes use the current key, old boxes still
 * open until they are re-sealed. The AAD binds a box to its row (e.g. the person id), so a box
 * copied onto another row fails to open.
 */

const FORMAT_VERSION = 1;
const KEY_ID_BYTES = 4;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;

/** One vault key: the AES key and a derived key for searchable digests, both derived from the secret. */
export type VaultKey = {
  /** Derived from the secret, not chosen: the same secret always has the same id. */
  readonly id: Buffer;
  readonly sealKey: Buffer;
  readonly digestKey: Buffer;
};

/** The key new boxes are sealed with, and retired keys that still open older boxes. */
export type VaultKeyring = {
  readonly current: VaultKey;
  readonly retired: readonly VaultKey[];
};

export class VaultError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VaultError';
  }
}

const derive = (secret: Buffer, label: string) => Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `kntc-vault/${label}`, 32));

/** Builds a key from a secret of at least 32 random bytes (the VAULT_KEY setting). */
export function vaultKeyFromSecret(secret: Buffer): VaultKey {
  if (secret.length < 32) throw new VaultError('A vault key needs at least 32 bytes.');
  return {
    id: derive(secret, 'key-id').subarray(0, KEY_ID_BYTES),
    sealKey: derive(secret, 'seal-v1'),
    digestKey: derive(secret, 'digest-v1'),
  };
}

/** A keyring from the current secret and any retired ones (oldest last or first: order does not matter). */
export function vaultKeyring(current: Buffer, retired: readonly Buffer[] = []): VaultKeyring {
  return { current: vaultKeyFromSecret(current), retired: retired.map(vaultKeyFromSecret) };
}

const keyOf = (keys: VaultKey | VaultKeyring): VaultKey => ('current' in keys ? keys.current : keys);

/** Encrypts with the current key; every call draws a fresh random IV. */
export function seal(keys: VaultKey | VaultKeyring, plaintext: Buffer | string, aad: string): Buffer {
  const key = keyOf(keys);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.sealKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(typeof plaintext === 'string' ? Buffer.from(plaintext, 'utf8') : plaintext), cipher.final()]);
  return Buffer.concat([Buffer.from([FORMAT_VERSION]), key.id, iv, cipher.getAuthTag(), body]);
}

/** The id of the key a box was sealed with, e.g. to find boxes still under a retired key. */
export function sealedKeyId(box: Buffer): Buffer {
  if (box.length < HEADER_BYTES || box[0] !== FORMAT_VERSION) throw new VaultError('Not a sealed box of a known version.');
  return box.subarray(1, 1 + KEY_ID_BYTES);
}

/** Decrypts and authenticates; a modified box, a wrong AAD or an unknown key throws VaultError. */
export function open(keys: VaultKey | VaultKeyring, box: Buffer, aad: string): Buffer {
  const keyId = sealedKeyId(box);
  const candidates = 'current' in keys ? [keys.current, ...keys.retired] : [keys];
  const key = candidates.find((k) => timingSafeEqual(k.id, keyId));
  if (!key) throw new VaultError('This box was sealed with a key that is not in the keyring.');
  const iv = box.subarray(1 + KEY_ID_BYTES, 1 + KEY_ID_BYTES + IV_BYTES);
  const tag = box.subarray(1 + KEY_ID_BYTES + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', key.sealKey, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(box.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new VaultError('The sealed box failed authentication: it was modified, or opened for the wrong record.');
  }
}

/** Opens a box holding UTF-8 text. */
export const openText = (keys: VaultKey | VaultKeyring, box: Buffer, aad: string): string => open(keys, box, aad).toString('utf8');

/** Re-seals a box under the current key (key rotation); a box already under it is returned as is. */
export function reseal(keyring: VaultKeyring, box: Buffer, aad: string): Buffer {
  if (sealedKeyId(box).equals(keyring.current.id)) return box;
  return seal(keyring, open(keyring, box, aad), aad);
}

/**
 * A keyed digest for finding equal values (an ID number on two letters) without storing them in
 * clear. `purpose` separates digests of different fields so they cannot be compared across fields.
 * Digests come from the current key: rotating the key means recomputing them.
 */
export function vaultDigest(keys: VaultKey | VaultKeyring, purpose: string, value: string): string {
  return createHmac('sha256', keyOf(keys).digestKey).update(`${purpose}\u0000${value}`, 'utf8').digest('hex');
}
