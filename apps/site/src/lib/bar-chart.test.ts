import { describe, expect, it } from 'vitest';
import { layoutBars, niceCeiling } from './bar-chart';

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 1, 3, 7, 10, 11, 23, 180, 501].map(niceCeiling)).toEqual([1, 1, 5, 10, 10, 20, 50, 200, 1000]);
  });
});

describe('layoutBars', () => {
  const bars = [
    { label: 'Quý I', value: 10 },
    { label: 'Quý II', value: 5 },
    { label: 'Quý III', value: 0 },
    { label: 'Quý IV', value: 20 },
  ];

  it('makes bar heights proportional and keeps every bar inside the plot', () => {
    const layout = layoutBars(bars, { width: 400, height: 200 });
    const [q1, q2, q3, q4] = layout.bars;
    expect(layout.axisMax).toBe(20);
    expect(q4?.height).toBe(layout.plot.bottom - layout.plot.top);
    expect(q1?.height).toBeCloseTo((q4?.height ?? 0) / 2, 0);
    expect(q2?.height).toBeCloseTo((q4?.height ?? 0) / 4, 0);
    expect(q3?.height).toBe(0);
    for (const bar of layout.bars) {
      expect(bar.y + bar.height).toBeCloseTo(layout.plot.bottom, 5);
      expect(bar.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it('puts ticks on whole numbers from zero to the axis top', () => {
    const layout = layoutBars([{ label: 'a', value: 7 }]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 3, 6, 9, 12]);
    expect(layout.axisMax).toBe(12);
    expect(layout.ticks[0]?.y).toBe(layout.plot.bottom);
    expect(layout.ticks.at(-1)?.y).toBe(layout.plot.top);
  });

  it('draws an all-zero or empty series without dividing by zero', () => {
    const zero = layoutBars([{ label: 'a', value: 0 }]);
    expect(zero.bars[0]?.height).toBe(0);
    expect(Number.isFinite(zero.bars[0]?.y)).toBe(true);
    expect(layoutBars([]).bars).toEqual([]);
  });
});
