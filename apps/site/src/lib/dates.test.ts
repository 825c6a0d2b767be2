import { afterEach, describe, expect, it } from 'vitest';
import {
  currentYearInVietnam,
  formatInstantAsVietnamDate,
  formatIsoDate,
  formatIsoDateWithWeekday,
  todayInVietnam,
  vietnamDateOf,
} from './dates';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('formatIsoDate', () => {
  it('writes a legal date as dd/mm/yyyy', () => {
    expect(formatIsoDate('2025-07-22')).toBe('22/07/2025');
    expect(formatIsoDate('2026-01-01')).toBe('01/01/2026');
  });

  it('does not depend on the server time zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatIsoDate('2025-12-31')).toBe('31/12/2025');
      expect(formatIsoDate('2025-01-01')).toBe('01/01/2025');
    }
  });

  it('leaves anything that is not YYYY-MM-DD unchanged', () => {
    expect(formatIsoDate('')).toBe('');
    expect(formatIsoDate('22/07/2025')).toBe('22/07/2025');
    expect(formatIsoDate('2025-7-2')).toBe('2025-7-2');
    expect(formatIsoDate('2025-07-22T00:00:00Z')).toBe('2025-07-22T00:00:00Z');
  });
});

describe('formatInstantAsVietnamDate', () => {
  it('shows the day in Vietnam (UTC+7), whatever the server zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh']) {
      process.env.TZ = tz;
      // 20:00 UTC on the 29th is already 03:00 on the 30th in Hà Nội.
      expect(formatInstantAsVietnamDate('2025-07-29T20:00:00.000Z')).toBe('30/07/2025');
      expect(formatInstantAsVietnamDate('2025-07-30T02:00:00.000Z')).toBe('30/07/2025');
      expect(vietnamDateOf('2025-12-31T16:59:59Z')).toBe('2025-12-31');
      expect(vietnamDateOf('2025-12-31T17:00:00Z')).toBe('2026-01-01');
    }
  });

  it('leaves an unreadable timestamp unchanged', () => {
    expect(vietnamDateOf('not a date')).toBeNull();
    expect(formatInstantAsVietnamDate('not a date')).toBe('not a date');
  });
});

describe('formatIsoDateWithWeekday', () => {
  it('names the weekday in Vietnamese, whatever the server zone', () => {
    for (const tz of ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      expect(formatIsoDateWithWeekday('2026-12-07')).toBe('Thứ Hai, 07/12/2026');
      expect(formatIsoDateWithWeekday('2026-11-29')).toBe('Chủ nhật, 29/11/2026');
      expect(formatIsoDateWithWeekday('1969-12-31')).toBe('Thứ Tư, 31/12/1969');
    }
    expect(formatIsoDateWithWeekday('07/12/2026')).toBe('07/12/2026');
  });
});

describe('todayInVietnam', () => {
  it('is already the next day in the evening UTC', () => {
    expect(todayInVietnam(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
    expect(currentYearInVietnam(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
    expect(todayInVietnam(new Date('2026-12-31T16:30:00Z'))).toBe('2026-12-31');
  });
});
