import { afterEach, describe, expect, it } from 'vitest';
import { formatLongDate, formatPlaceAndDate, formatShortDate, padDay, padMonth, parseIsoDate } from './dates.js';

describe('Vietnamese date formatting (NĐ 30/2020, Phụ lục I)', () => {
  it('pads days 01–09 and months 01–02 only', () => {
    expect(formatPlaceAndDate('Kon Tum', '2026-03-05')).toBe('Kon Tum, ngày 05 tháng 3 năm 2026');
    expect(formatLongDate('2026-01-09')).toBe('ngày 09 tháng 01 năm 2026');
    expect(formatLongDate('2026-02-28')).toBe('ngày 28 tháng 02 năm 2026');
    expect(formatLongDate('2026-10-10')).toBe('ngày 10 tháng 10 năm 2026');
    expect(formatLongDate('2025-12-31')).toBe('ngày 31 tháng 12 năm 2025');
  });

  it('pads every day below 10 and only the months 1 and 2', () => {
    for (let d = 1; d <= 31; d++) expect(padDay(d)).toBe(d < 10 ? `0${d}` : String(d));
    for (let m = 1; m <= 12; m++) expect(padMonth(m)).toBe(m <= 2 ? `0${m}` : String(m));
  });

  it('uses the same rule for dates quoted in the text', () => {
    expect(formatShortDate('2026-03-05')).toBe('05/3/2026');
    expect(formatShortDate('2026-01-15')).toBe('15/01/2026');
    expect(formatShortDate('2026-11-01')).toBe('01/11/2026');
  });

  it('trims the place name', () => {
    expect(formatPlaceAndDate(' Kon Tum ', '2026-03-05')).toBe('Kon Tum, ngày 05 tháng 3 năm 2026');
  });

  it('rejects strings that are not real YYYY-MM-DD dates', () => {
    for (const bad of ['2026-02-30', '2026-3-5', '05/03/2026', '2026-03-05T00:00:00Z', '']) {
      expect(() => parseIsoDate(bad)).toThrow(RangeError);
    }
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });
});

describe('timezone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('prints the same day whatever the server time zone', () => {
    for (const tz of ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      process.env.TZ = tz;
      expect(formatPlaceAndDate('Kon Tum', '2026-03-05')).toBe('Kon Tum, ngày 05 tháng 3 năm 2026');
      expect(formatLongDate('2026-01-01')).toBe('ngày 01 tháng 01 năm 2026');
      expect(formatShortDate('2025-12-31')).toBe('31/12/2025');
    }
  });

  it('is a real risk: a Date read back in local time shifts the day west of UTC', () => {
    // Guards the test above: if this stopped shifting, the loop would no longer prove anything.
    process.env.TZ = 'America/Los_Angeles';
    expect(new Date('2026-03-05').getDate()).toBe(4);
  });
});
