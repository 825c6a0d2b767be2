import { describe, expect, it } from 'vitest';
import { initialLeadersFilter, leadersRequestOf, withPreset } from './leaders-filter';

const today = '2026-11-30';
const UNIT = '6f1c2a52-4f7e-4c1e-9d7a-2b7f0a4e9c11';

describe('the leaders\' filter', () => {
  it('starts on the calendar year to date for the whole agency', () => {
    const filter = initialLeadersFilter(today);
    expect(filter).toEqual({ preset: 'this_year', from: '2026-01-01', to: today, unitId: null });
    expect(leadersRequestOf(filter)).toEqual({ ok: true, request: { from: '2026-01-01', to: today } });
  });

  it('a preset sets its days; custom keeps the days shown for editing', () => {
    const quarter = withPreset(initialLeadersFilter(today), 'this_quarter', today);
    expect(quarter).toMatchObject({ preset: 'this_quarter', from: '2026-10-01', to: today });
    expect(withPreset(quarter, 'last_12_months', today)).toMatchObject({ from: '2025-12-01', to: today });
    expect(withPreset(quarter, 'custom', today)).toMatchObject({ preset: 'custom', from: '2026-10-01', to: today });
  });

  it('sends the unit only when one is chosen', () => {
    expect(leadersRequestOf({ ...initialLeadersFilter(today), unitId: UNIT })).toEqual({ ok: true, request: { from: '2026-01-01', to: today, unitId: UNIT } });
  });

  it('puts the domain\'s messages on the fields instead of asking the server', () => {
    expect(leadersRequestOf({ preset: 'custom', from: '2026-05-01', to: '2026-04-01', unitId: null })).toEqual({
      ok: false,
      errors: { to: 'Ngày kết thúc không được trước ngày bắt đầu.' },
    });
    const empty = leadersRequestOf({ preset: 'custom', from: '', to: today, unitId: null });
    expect(empty.ok ? {} : empty.errors).toEqual({ from: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật.' });
  });
});
