import { describe, expect, it } from 'vitest';
import { blanksToNull, blankToNull } from './schema-resolver';

describe('blanksToNull', () => {
  it('turns emptied inputs into null and leaves other values and absent fields alone', () => {
    expect(blankToNull('')).toBeNull();
    expect(blankToNull(undefined)).toBeNull();
    expect(blankToNull(0)).toBe(0);
    expect(blanksToNull({ a: '', b: 'x', c: false }, ['a', 'b', 'c', 'd'])).toEqual({ a: null, b: 'x', c: false });
  });
});
