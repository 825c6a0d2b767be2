import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { type WorkCalendar } from './calendar.js';
import { addCalendarDays, addWorkingDays } from './counting.js';
import { deadline } from './deadline.js';
import { calendarForRange, defaultCalendar } from './default-calendar.js';
import { defaultDeadlineRules } from './default-rules.js';
import { deadlineRuleKeys, type DeadlineRule, type DeadlineRuleKey } from './rules.js';
import { dateBetween, randomCalendar } from './test-arbitraries.js';

const cal2024 = defaultCalendar(2024);
const cal2025 = calendarForRange('2025-01-01', '2025-12-31');
const cal2026 = calendarForRange('2026-01-01', '2026-12-31');

describe('deadline: the Tết case', () => {
  const result = deadline('petition.process', { start: '2024-02-07', calendar: cal2024 });

  it('a letter received on 07/02/2024 must be processed by 28/02/2024', () => {
    expect(result).toMatchObject({ due: '2024-02-28', unit: 'working', days: 10, confidence: 'U' });
  });

  it('explains every step in Vietnamese, with dd/mm/yyyy dates', () => {
    const text = result.explanation.join('\n');
    expect(result.explanation[0]).toContain('Xử lý đơn — Thông tư 05/2021/TT-TTCP');
    expect(text).toContain('Ngày bắt đầu (ngày nhận được đơn): thứ Tư, 07/02/2024.');
    expect(text).toContain('Không tính ngày bắt đầu');
    expect(text).toContain('Điều 147');
    expect(text).toContain('Đơn vị: ngày làm việc');
    expect(text).toContain('Bỏ qua thứ Năm, 08/02/2024: Tết Nguyên đán.');
    expect(text).toContain('Bỏ qua thứ Bảy, 10/02/2024: nghỉ hằng tuần.');
    expect(result.explanation.filter((s) => s.startsWith('Bỏ qua'))).toHaveLength(11);
    expect(text).toContain('ngày làm việc thứ 10 là thứ Tư, 28/02/2024');
    expect(result.explanation.at(-1)).toBe('Hạn: thứ Tư, 28/02/2024, đến hết 24 giờ (Bộ luật Dân sự 2015, Điều 148 khoản 6).');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});

describe('deadline: the rule in force on the start date applies', () => {
  it('complaint.accept is 10 working days for a complaint received on 30/06/2026', () => {
    const result = deadline('complaint.accept', { start: '2026-06-30', calendar: cal2026 });
    expect(result).toMatchObject({ due: '2026-07-14', days: 10, ruleVersion: 'complaint.accept@2012-07-01' });
  });

  it('complaint.accept is 7 working days from 01/07/2026 (NĐ 155/2026)', () => {
    const result = deadline('complaint.accept', { start: '2026-07-01', calendar: cal2026 });
    expect(result).toMatchObject({ due: '2026-07-10', days: 7, ruleVersion: 'complaint.accept@2026-07-01', effectiveFrom: '2026-07-01' });
    expect(result.basis).toContain('155/2026');
    expect(result.explanation[1]).toContain('từ 01/07/2026');
  });

  it('uses caller-supplied rules, and refuses a date no version covers', () => {
    const custom: DeadlineRule[] = defaultDeadlineRules.map((r) => (r.key === 'petition.process' ? { ...r, days: 15 } : r));
    expect(deadline('petition.process', { start: '2024-02-07', calendar: cal2024, rules: custom }).due).toBe('2024-03-06');
    expect(() => deadline('petition.process', { start: '2020-01-06', calendar: cal2024 })).toThrow(
      /Không có quy định về thời hạn "Xử lý đơn" có hiệu lực vào ngày 06\/01\/2020/,
    );
  });
});

describe('deadline: calendar-day rules (Luật Khiếu nại, Luật Tố cáo)', () => {
  it('complaint.resolve.first: 30 days, 45 complex or remote, 60 both; a weekend end rolls to Monday', () => {
    const base = { start: '2025-01-02', calendar: cal2025 };
    expect(deadline('complaint.resolve.first', base)).toMatchObject({ due: '2025-02-03', days: 30 }); // 01/02 Saturday
    expect(deadline('complaint.resolve.first', { ...base, complex: true })).toMatchObject({ due: '2025-02-17', days: 45 });
    expect(deadline('complaint.resolve.first', { ...base, remote: true })).toMatchObject({ days: 45 });
    expect(deadline('complaint.resolve.first', { ...base, complex: true, remote: true })).toMatchObject({ due: '2025-03-03', days: 60 });
  });

  it('complaint.resolve.second: 45/60, remote 60/70', () => {
    const base = { start: '2025-06-02', calendar: cal2025 };
    expect(deadline('complaint.resolve.second', base).days).toBe(45);
    expect(deadline('complaint.resolve.second', { ...base, complex: true }).days).toBe(60);
    expect(deadline('complaint.resolve.second', { ...base, remote: true }).days).toBe(60);
    expect(deadline('complaint.resolve.second', { ...base, complex: true, remote: true }).days).toBe(70);
  });

  it('explains the roll-forward when the last day is a holiday (Civil Code Đ148.5)', () => {
    // Received 31/03/2025: day 30 is Wednesday 30/4 → 30/4, 1/5, 2/5 off, then the weekend.
    const result = deadline('denunciation.resolve', { start: '2025-03-31', calendar: cal2025 });
    expect(result.due).toBe('2025-05-05');
    const text = result.explanation.join('\n');
    expect(text).toContain('Cộng 30 ngày: ngày cuối cùng của thời hạn là thứ Tư, 30/04/2025.');
    expect(text).toContain('thứ Sáu, 02/05/2025 là ngày nghỉ: Nghỉ hoán đổi dịp 30/4–01/5');
    expect(text).toContain('Chủ nhật, 04/05/2025 là ngày nghỉ: nghỉ hằng tuần.');
    expect(text).toContain('ngày làm việc tiếp theo: thứ Hai, 05/05/2025 (Bộ luật Dân sự 2015, Điều 148 khoản 5)');
  });

  it('denunciation.resolve: up to two extensions of 30 days, a third is refused', () => {
    const base = { start: '2025-03-31', calendar: cal2025 };
    expect(deadline('denunciation.resolve', { ...base, extensions: 0 })).toMatchObject({ due: '2025-05-05', days: 30 });
    const once = deadline('denunciation.resolve', { ...base, extensions: 1 });
    expect(once).toMatchObject({ due: '2025-05-30', days: 60, extensions: 1 });
    expect(once.explanation).toContain('Gia hạn 1 lần × 30 ngày; tổng cộng 60 ngày.');
    expect(deadline('denunciation.resolve', { ...base, extensions: 2 })).toMatchObject({ due: '2025-06-30', days: 90 }); // 29/6 Sunday
    expect(() => deadline('denunciation.resolve', { ...base, extensions: 3 })).toThrow(DomainError);
    expect(() => deadline('denunciation.resolve', { ...base, extensions: 3 })).toThrow(/tối đa 2 lần/);
    expect(() => deadline('denunciation.resolve', { ...base, extensions: -1 })).toThrow(DomainError);
    expect(() => deadline('complaint.accept', { ...base, extensions: 1 })).toThrow(/không được gia hạn/);
  });

  it('publication.posting_period counts 15 consecutive days and does not roll to a working day', () => {
    const result = deadline('publication.posting_period', { start: '2025-04-19', calendar: cal2025 });
    expect(result.due).toBe('2025-05-04'); // a Sunday, kept
    expect(result.explanation.join('\n')).toContain('không chuyển sang ngày làm việc');
  });

  it('complaint.filing_limit: 90 days from learning of the decision', () => {
    expect(deadline('complaint.filing_limit', { start: '2025-01-02', calendar: cal2025 }).due).toBe('2025-04-02');
  });
});

describe('deadline: working-day rules (Luật Tố cáo, Luật Tiếp công dân)', () => {
  it('denunciation.accept: 7 working days, up to 10 when checks span several places', () => {
    // Wed 22/01/2025: Thu 23, Fri 24, then Tết 25/01–02/02, then 03–07/02.
    expect(deadline('denunciation.accept', { start: '2025-01-22', calendar: cal2025 }).due).toBe('2025-02-07');
    expect(deadline('denunciation.accept', { start: '2025-01-22', calendar: cal2025, complex: true }).due).toBe('2025-02-12');
  });

  it('a flag the rule has no variant for is noted and changes nothing', () => {
    const result = deadline('reception.reply', { start: '2025-03-03', calendar: cal2025, remote: true });
    expect(result.days).toBe(10);
    expect(result.explanation.join('\n')).toContain('không có thời hạn riêng cho vùng sâu, vùng xa');
  });

  it('mentions a make-up Saturday it counted', () => {
    const result = deadline('denunciation.transfer', { start: '2025-04-24', calendar: cal2025 });
    // Thu 24/4: Fri 25, Sat 26 (make-up), Mon 28, Tue 29, then 30/4–04/5 off, Mon 05/5.
    expect(result.due).toBe('2025-05-05');
    expect(result.explanation.join('\n')).toContain('Tính thứ Bảy, 26/04/2025 là ngày làm việc: Làm bù');
  });
});

describe('deadline: bad input', () => {
  it('rejects malformed dates, unknown keys and bad calendars with Vietnamese domain errors', () => {
    expect(() => deadline('petition.process', { start: '2024-02-30', calendar: cal2024 })).toThrow(/Ngày bắt đầu không hợp lệ/);
    expect(() => deadline('nope' as DeadlineRuleKey, { start: '2024-02-07', calendar: cal2024 })).toThrow(DomainError);
    expect(() =>
      deadline('petition.process', { start: '2024-02-07', calendar: { daysOff: ['x'], makeUpDays: [] } }),
    ).toThrow(DomainError);
  });
});

describe('deadline: properties', () => {
  const keys = fc.constantFrom(...deadlineRuleKeys);
  const starts = dateBetween('2024-01-01', '2027-06-30');
  const flags = fc.record({ complex: fc.boolean(), remote: fc.boolean(), extensions: fc.integer({ min: 0, max: 2 }) });
  const merged = calendarForRange('2024-01-01', '2028-12-31');
  const calendars = fc.oneof(fc.constant<WorkCalendar>(merged), randomCalendar);

  const maxExtensions = (key: DeadlineRuleKey) => Math.max(...defaultDeadlineRules.filter((r) => r.key === key).map((r) => r.maxExtensions));

  it('never moves earlier when a day off is added to the calendar', () => {
    fc.assert(
      fc.property(keys, starts, flags, calendars, dateBetween('2024-01-01', '2028-12-31'), (key, start, f, cal, extra) => {
        const input = { start, complex: f.complex, remote: f.remote, extensions: Math.min(f.extensions, maxExtensions(key)) };
        const before = deadline(key, { ...input, calendar: cal }).due;
        const after = deadline(key, { ...input, calendar: { daysOff: [...cal.daysOff, extra], makeUpDays: cal.makeUpDays } }).due;
        expect(after >= before).toBe(true);
      }),
    );
  });

  it('agrees with addWorkingDays / addCalendarDays and ends its explanation with the due date', () => {
    fc.assert(
      fc.property(keys, starts, calendars, (key, start, cal) => {
        const result = deadline(key, { start, calendar: cal });
        const expected =
          key === 'publication.posting_period'
            ? new Date(Date.parse(start) + result.days * 86_400_000).toISOString().slice(0, 10)
            : result.unit === 'working'
              ? addWorkingDays(start, result.days, cal)
              : addCalendarDays(start, result.days, cal);
        expect(result.due).toBe(expected);
        const [y, m, d] = result.due.split('-');
        expect(result.explanation.at(-1)).toContain(`${d}/${m}/${y}`);
      }),
    );
  });
});
