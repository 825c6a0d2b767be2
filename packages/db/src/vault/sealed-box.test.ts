import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { open, openText, reseal, seal, sealedKeyId, VaultError, vaultDigest, vaultKeyFromSecret, vaultKeyring } from './sealed-box.js';

const secret = Buffer.alloc(32, 7);
const key = vaultKeyFromSecret(secret);

describe('sealed box', () => {
  it('round-trips text and binary, and never contains the plaintext', () => {
    const name = 'Nguyễn Thị Hoà 079123456789';
    const box = seal(key, name, 'person-1');
    expect(openText(key, box, 'person-1')).toBe(name);
    expect(box.includes(Buffer.from(name, 'utf8'))).toBe(false);
    const bytes = randomBytes(1000);
    expect(open(key, seal(key, bytes, 'blob'), 'blob').equals(bytes)).toBe(true);
  });

  it('draws a fresh IV each time, so equal identities give different boxes', () => {
    expect(seal(key, 'A', 'x').equals(seal(key, 'A', 'x'))).toBe(false);
  });

  it('rejects a box opened for another record (wrong AAD)', () => {
    const box = seal(key, 'Trần Văn B', 'person-1');
    expect(() => open(key, box, 'person-2')).toThrow(VaultError);
  });

  it('rejects any single modified byte', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (text, at, flip) => {
        const box = seal(key, text, 'aad');
        const tampered = Buffer.from(box);
        const index = at % tampered.length;
        tampered[index] = (tampered[index] ?? 0) ^ flip;
        expect(() => open(key, tampered, 'aad')).toThrow(VaultError);
      }),
      { numRuns: 200 },
    );
  });

  it('rejects a truncated box and a wrong key', () => {
    const box = seal(key, 'x', 'aad');
    expect(() => open(key, box.subarray(0, 20), 'aad')).toThrow(VaultError);
    expect(() => open(vaultKeyFromSecret(Buffer.alloc(32, 8)), box, 'aad')).toThrow(VaultError);
  });

  it('round-trips any text with any AAD', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, aad) => {
        expect(openText(key, seal(key, text, aad), aad)).toBe(text);
      }),
    );
  });

  it('opens boxes of a retired key after rotation, and re-seals them under the new key', () => {
    const oldBox = seal(key, 'Lê C', 'p');
    const rotated = vaultKeyring(Buffer.alloc(32, 9), [secret]);
    expect(openText(rotated, oldBox, 'p')).toBe('Lê C');
    const fresh = reseal(rotated, oldBox, 'p');
    expect(sealedKeyId(fresh).equals(rotated.current.id)).toBe(true);
    expect(openText(vaultKeyring(Buffer.alloc(32, 9)), fresh, 'p')).toBe('Lê C');
    expect(() => open(vaultKeyring(Buffer.alloc(32, 9)), oldBox, 'p')).toThrow(VaultError);
  });

  it('refuses a secret shorter than 32 bytes', () => {
    expect(() => vaultKeyFromSecret(Buffer.alloc(16))).toThrow(VaultError);
  });

  it('gives stable keyed digests that differ by purpose and by key', () => {
    expect(vaultDigest(key, 'id', '079123456789')).toBe(vaultDigest(key, 'id', '079123456789'));
    expect(vaultDigest(key, 'id', '079123456789')).not.toBe(vaultDigest(key, 'phone', '079123456789'));
    expect(vaultDigest(key, 'id', '079123456789')).not.toBe(vaultDigest(vaultKeyFromSecret(Buffer.alloc(32, 1)), 'id', '079123456789'));
  });
});
