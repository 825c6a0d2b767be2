import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import { defaultCalendar } from '../legal-clock/default-calendar.js';
import { assertPublishable, publishDeadline } from './session-publish.js';

const periodic = { kind: 'periodic' as const, isCancelled: false, isPublished: false };

function refusal(run: () => void): string {
  try {
    run();
  } catch (e) {
    if (isDomainError(e)) return e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('publishing the head\'s reception schedule (5 working days ahead)', () => {
  it('counts around Tết: a periodic reception on Thursday 26/02/2026 must be published by 12/02/2026', () => {
    // Tết Bính Ngọ: Monday 16 to Friday 20/02 off, so the five working days back are 25, 24, 23, 13 and 12/02.
    const cal = defaultCalendar(2026);
    expect(publishDeadline({ date: '2026-02-26', kind: 'periodic' }, cal)).toBe('2026-02-12');
    expect(() => assertPublishable({ ...periodic, date: '2026-02-26' }, '2026-02-12', cal)).not.toThrow();
    expect(refusal(() => assertPublishable({ ...periodic, date: '2026-02-26' }, '2026-02-13', cal))).toContain('chậm nhất ngày 12/2/2026');
  });

  it('skips the 30/4 – 1/5 holidays', () => {
    const cal = defaultCalendar(2026);
    // Thursday 07/5/2026: working days back are 06, 05, 04/5 then 29, 28/4 (30/4 and 1/5 are off).
    expect(publishDeadline({ date: '2026-05-07', kind: 'periodic' }, cal)).toBe('2026-04-28');
    expect(refusal(() => assertPublishable({ ...periodic, date: '2026-05-07' }, '2026-04-29', cal))).toContain('chậm nhất ngày 28/4/2026');
  });

  it('exempts ad hoc sessions, which answer urgent matters', () => {
    const cal = defaultCalendar(2026);
    expect(publishDeadline({ date: '2026-05-07', kind: 'ad_hoc' }, cal)).toBeNull();
    expect(() => assertPublishable({ ...periodic, kind: 'ad_hoc', date: '2026-05-07' }, '2026-05-07', cal)).not.toThrow();
  });

  it('refuses a cancelled, published or past session', () => {
    const cal = defaultCalendar(2026);
    expect(refusal(() => assertPublishable({ ...periodic, date: '2026-06-30', isCancelled: true }, '2026-05-01', cal))).toContain('đã hủy');
    expect(refusal(() => assertPublishable({ ...periodic, date: '2026-06-30', isPublished: true }, '2026-05-01', cal))).toContain('đã được công bố');
    expect(refusal(() => assertPublishable({ ...periodic, kind: 'ad_hoc', date: '2026-04-30' }, '2026-05-01', cal))).toContain('đã qua');
  });
});
