import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrackingCode, normalizeTrackingCode } from './tracking-code.js';

describe('tracking codes', () => {
  it('are 4-4-4 groups of Crockford base32', () => {
    expect(formatTrackingCode(new Uint8Array(12).fill(1))).toBe('1111-1111-1111');
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        expect(formatTrackingCode(bytes)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      }),
    );
  });

  it('read back whatever way a citizen types them', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 12, maxLength: 12 }), (bytes) => {
        const code = formatTrackingCode(bytes);
        const canonical = code.replace(/-/g, '');
        expect(normalizeTrackingCode(code)).toBe(canonical);
        expect(normalizeTrackingCode(` ${code.toLowerCase().replace(/-/g, ' ')} `)).toBe(canonical);
      }),
    );
    expect(normalizeTrackingCode('KT0O-1IL2-3456')).toBe('KT0011123456');
    expect(normalizeTrackingCode('KT00-1112')).toBeNull();
    expect(normalizeTrackingCode('KT00-1112-345U')).toBeNull();
  });
});
