import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { addCalendarDays, addWorkingDays } from './counting.js';
import { deadline } from './deadline.js';
import { calendarForRange } from './default-calendar.js';
import { hungKingsDay, lunarNewYear } from './lunar.js';
import { deadlineRuleKeys } from './rules.js';
import { deadlineStatus } from './status.js';

/** A battery of results that would shift if any local-time Date API crept in. */
function snapshot(): string[] {
  const cal = calendarForRange('2024-01-01', '2028-12-31');
  const out: string[] = [];
  for (let year = 1984; year <= 2030; year++) out.push(lunarNewYear(year), hungKingsDay(year));
  for (const start of ['2024-02-07', '2024-12-31', '2025-04-29', '2026-06-30', '2026-07-01', '2027-02-04']) {
    out.push(addWorkingDays(start, 10, cal), addCalendarDays(start, 30, cal), deadlineStatus(start, '2025-01-01', cal));
    for (const key of deadlineRuleKeys) out.push(...deadline(key, { start, calendar: cal }).explanation);
  }
  return out;
}

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('gives the same results whatever the server time zone (Node applies TZ changes at run time)', () => {
    process.env.TZ = 'UTC';
    const reference = snapshot();
    for (const zone of ['Asia/Ho_Chi_Minh', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Los_Angeles']) {
      process.env.TZ = zone;
      expect(new Date(Date.UTC(2024, 1, 7, 12)).getHours()).not.toBe(12); // the zone really changed
      expect(snapshot(), zone).toEqual(reference);
    }
  });

  it('uses no local-time Date API in the legal clock sources', () => {
    const dir = new URL('.', import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), 'utf8');
      expect(code, file).not.toMatch(/\.(get|set)(Date|Day|Month|FullYear|Hours|Minutes)\(/);
      expect(code, file).not.toMatch(/new Date\(\s*[^)]*,/); // new Date(y, m, d) is local time
      expect(code, file).not.toMatch(/toLocale|getTimezoneOffset|Date\.now\(|new Date\(\)/);
    }
  });
});
