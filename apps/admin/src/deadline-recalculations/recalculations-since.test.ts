import { describe, expect, it } from 'vitest';
import { lettersMoved, recalculationsSince } from './recalculations-since';

const newestFirst = [
  { id: 'c', affected: 4 },
  { id: 'b', affected: 2 },
  { id: 'a', affected: 7 },
];

describe('recalculationsSince', () => {
  it('keeps what was recorded after the previous newest entry', () => {
    expect(recalculationsSince('b', newestFirst).map((r) => r.id)).toEqual(['c']);
    expect(recalculationsSince('c', newestFirst)).toEqual([]);
  });

  it('takes everything when the history was empty or the old entry fell off the page', () => {
    expect(recalculationsSince(null, newestFirst)).toHaveLength(3);
    expect(recalculationsSince('z', newestFirst)).toHaveLength(3);
  });
});

describe('lettersMoved', () => {
  it('adds up the letters of each recalculation', () => {
    expect(lettersMoved(newestFirst.slice(0, 2))).toBe(6);
    expect(lettersMoved([])).toBe(0);
  });
});
