import { describe, expect, it } from 'vitest';
import { formatCount, formatPercent } from './figures.js';

describe('Vietnamese report figures', () => {
  it('writes counts with a leading zero below ten and dots between thousands', () => {
    expect([0, 1, 9, 10, 999, 1000, 12345, 1234567].map(formatCount)).toEqual(['0', '01', '09', '10', '999', '1.000', '12.345', '1.234.567']);
    expect(() => formatCount(-1)).toThrow(RangeError);
    expect(() => formatCount(1.5)).toThrow(RangeError);
  });

  it('writes shares with one decimal after a comma, and none without a base', () => {
    expect([formatPercent(6, 7), formatPercent(1, 3), formatPercent(2, 2), formatPercent(0, 5), formatPercent(1, 0)]).toEqual(['85,7%', '33,3%', '100%', '0%', null]);
  });
});
