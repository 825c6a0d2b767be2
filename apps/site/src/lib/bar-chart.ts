/**
 * Geometry of a server-rendered bar chart: the page draws it as inline SVG, so a slow
 * phone gets a chart without any script. Pure numbers, so it can be tested.
 */
export type Bar = { label: string; value: number };

export type ChartLayout = {
  width: number;
  height: number;
  /** Upper end of the value axis: a "nice" number at or above the largest value. */
  axisMax: number;
  ticks: { value: number; y: number }[];
  bars: (Bar & { x: number; y: number; width: number; height: number; labelX: number })[];
  plot: { left: number; top: number; right: number; bottom: number };
};

/** The smallest 1, 2 or 5 × 10ⁿ at or above `value` (at least 1), so ticks land on round numbers. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= value) return step * magnitude;
  return 10 * magnitude;
}

export function layoutBars(
  bars: readonly Bar[],
  { width = 480, height = 240, tickCount = 4 }: { width?: number; height?: number; tickCount?: number } = {},
): ChartLayout {
  const plot = { left: 40, top: 12, right: width - 8, bottom: height - 28 };
  const plotHeight = plot.bottom - plot.top;
  const largest = Math.max(0, ...bars.map((b) => b.value));
  // Whole-number ticks: counts of letters are never fractional.
  const axisMax = Math.max(niceCeiling(largest), tickCount);
  const tickStep = Math.ceil(axisMax / tickCount);
  const top = tickStep * tickCount;
  const yOf = (v: number) => plot.bottom - (v / top) * plotHeight;
  const ticks = Array.from({ length: tickCount + 1 }, (_, i) => ({ value: i * tickStep, y: round(yOf(i * tickStep)) }));
  const slot = bars.length > 0 ? (plot.right - plot.left) / bars.length : 0;
  const barWidth = slot * 0.6;
  return {
    width,
    height,
    axisMax: top,
    ticks,
    plot,
    bars: bars.map((bar, i) => {
      const value = Math.max(0, bar.value);
      const x = plot.left + i * slot + (slot - barWidth) / 2;
      return {
        ...bar,
        x: round(x),
        y: round(yOf(value)),
        width: round(barWidth),
        height: round(plot.bottom - yOf(value)),
        labelX: round(x + barWidth / 2),
      };
    }),
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
