import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format';

describe('formatIsoDate', () => {
  it('writes a legal date day first', () => {
    expect(formatIsoDate('2026-03-02')).toBe('02/03/2026');
  });

  it('shows nothing for a missing date and leaves other text as is', () => {
    expect(formatIsoDate(null)).toBe('');
    expect(formatIsoDate('02/03/2026')).toBe('02/03/2026');
  });
});
