import { describe, expect, it } from 'vitest';
import { toneColors } from './status-tones';

/** WCAG 2.1 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('status chip tones', () => {
  it('keep AA contrast for small text, on white and on the page grey for outlined chips', () => {
    for (const [tone, colors] of Object.entries(toneColors)) {
      const backgrounds = colors.background ? [colors.background] : ['#ffffff', '#fafafb', '#f5f5f5'];
      for (const background of backgrounds) expect(contrast(colors.text, background), `${tone} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The theme's app bar: white on #2196f3 is 3.12, which axe refuses.
    expect(contrast('#ffffff', '#2196f3')).toBeCloseTo(3.12, 2);
  });
});
