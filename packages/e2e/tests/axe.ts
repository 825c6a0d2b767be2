import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * WCAG 2.1 A and AA, the level the transparency site must meet. `exclude` leaves out parts of the
 * page another check owns (CSS selectors), so a journey can hold its own content to the rules.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: readonly string[] } = {}) {
  // A notice fading in is half transparent: axe would measure the contrast of a frame, not of the page.
  // Endless ones (a progress bar's) are left running.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const found = results.violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).join(', ')}`);
  expect(found, `axe-core on ${page.url()}`).toEqual([]);
}
