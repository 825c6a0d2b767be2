import { describe, expect, it } from 'vitest';
import { joinYears, provisionalYearsCounted } from './provisional-years';

describe('provisionalYearsCounted', () => {
  it('ignores a provisional year the count never reached', () => {
    expect(provisionalYearsCounted({ due: '2026-12-10', provisionalYears: [2027] })).toEqual([]);
  });

  it('keeps the provisional years up to the due date', () => {
    expect(provisionalYearsCounted({ due: '2027-01-14', provisionalYears: [2027] })).toEqual([2027]);
    expect(provisionalYearsCounted({ due: '2028-01-05', provisionalYears: [2027, 2028] })).toEqual([2027, 2028]);
  });
});

describe('joinYears', () => {
  it('reads as Vietnamese', () => {
    expect(joinYears([2027])).toBe('2027');
    expect(joinYears([2027, 2028])).toBe('2027 và 2028');
    expect(joinYears([2026, 2027, 2028])).toBe('2026, 2027 và 2028');
  });
});
