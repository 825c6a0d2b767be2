import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { indexCalendar, isWorkingDayNumber, type WorkCalendar } from './calendar.js';
import { assertDayCount, MAX_CALENDAR_DAYS, MAX_WORKING_DAYS, rollForward, walkWorkingDays, type DayObserver } from './counting.js';
import { defaultDeadlineRules } from './default-rules.js';
import { explainDeadline } from './explanation.js';
import { fromDayNumber, parseIsoDate, formatVietnamese, type DayNumber } from './day-number.js';
import {
  deadlineRuleKeyLabels,
  deadlineRuleKeys,
  findRuleInForce,
  ruleVersionOf,
  type ConfidenceMark,
  type DeadlineRule,
  type DeadlineRuleKey,
  type DeadlineUnit,
} from './rules.js';

export interface DeadlineInput {
  /** Date of the triggering event (receipt, acceptance, decision…); it is not counted. */
  start: IsoDate;
  calendar: WorkCalendar;
  complex?: boolean;
  /** Vùng sâu, vùng xa: a per-case flag, since the Law does not define the areas. */
  remote?: boolean;
  /** Extensions granted so far (denunciation: 1 for complex, 2 for especially complex). */
  extensions?: number;
  /** The rule table to use; the seeded defaults when absent. Parse stored rules with DeadlineRuleSetSchema first. */
  rules?: readonly DeadlineRule[];
}

export interface Deadline {
  key: DeadlineRuleKey;
  label: string;
  due: IsoDate;
  unit: DeadlineUnit;
  /** Total days counted, extensions included. */
  days: number;
  baseDays: number;
  extensions: number;
  basis: string;
  confidence: ConfidenceMark;
  /** `${key}@${effectiveFrom}`: which version of the rule produced this date. */
  ruleVersion: string;
  effectiveFrom: IsoDate;
  explanation: string[];
}

const ruleKeySet: ReadonlySet<string> = new Set(deadlineRuleKeys);

function chooseDays(rule: DeadlineRule, complex: boolean, remote: boolean): { days: number; notes: string[] } {
  const v = rule.variants;
  if (complex && remote) {
    if (v.complexRemote !== undefined) return { days: v.complexRemote, notes: ['vụ việc phức tạp ở vùng sâu, vùng xa'] };
    // Incomplete data: the longer of the single-flag limits is the one that does not cut the citizen's or official's time.
    const days = Math.max(v.complex ?? rule.days, v.remote ?? rule.days);
    return { days, notes: ['quy định không có thời hạn riêng cho vụ việc phức tạp ở vùng sâu, vùng xa; áp dụng thời hạn dài hơn'] };
  }
  if (complex) {
    return v.complex !== undefined
      ? { days: v.complex, notes: ['vụ việc phức tạp'] }
      : { days: rule.days, notes: ['quy định không có thời hạn riêng cho vụ việc phức tạp; áp dụng thời hạn chung'] };
  }
  if (remote) {
    return v.remote !== undefined
      ? { days: v.remote, notes: ['vùng sâu, vùng xa'] }
      : { days: rule.days, notes: ['quy định không có thời hạn riêng cho vùng sâu, vùng xa; áp dụng thời hạn chung'] };
  }
  return { days: rule.days, notes: [] };
}

function assertExtensions(extensions: unknown, rule: DeadlineRule): number {
  if (extensions === undefined) return 0;
  if (typeof extensions !== 'number' || !Number.isInteger(extensions) || extensions < 0) {
    throw new DomainError('VALIDATION', 'Số lần gia hạn phải là số nguyên không âm.', { extensions: 'Số lần gia hạn không hợp lệ.' });
  }
  if (extensions > rule.maxExtensions) {
    throw new DomainError(
      'VALIDATION',
      rule.maxExtensions === 0
        ? `${rule.label} không được gia hạn (${rule.basis}).`
        : `${rule.label} chỉ được gia hạn tối đa ${rule.maxExtensions} lần (${rule.basis}); đã yêu cầu ${extensions} lần.`,
      { extensions: `Tối đa ${rule.maxExtensions} lần gia hạn.` },
    );
  }
  return extensions;
}

/**
 * The due date of a statutory step, computed by the rule version in force on the start date,
 * with the steps a person can check. Working-day rules end on the n-th working day after start;
 * calendar-day rules end start + n days later, moved to the next working day if that day is off.
 * Extensions are added to the same continuous count (30 + 30 days, not a new period from the
 * rolled due date), which is the shorter, safer reading.
 */
export function deadline(key: DeadlineRuleKey, input: DeadlineInput): Deadline {
  if (!ruleKeySet.has(key)) {
    throw new DomainError('VALIDATION', `Loại thời hạn không hợp lệ: "${String(key)}".`, { rule: 'Loại thời hạn không hợp lệ.' });
  }
  const start = parseIsoDate(input.start, 'Ngày bắt đầu');
  const rule = findRuleInForce(key, input.start, input.rules ?? defaultDeadlineRules);
  if (!rule) {
    throw new DomainError(
      'VALIDATION',
      `Không có quy định về thời hạn "${deadlineRuleKeyLabels[key]}" có hiệu lực vào ngày ${formatVietnamese(start)}.`,
      { start: 'Không có quy định có hiệu lực vào ngày này.' },
    );
  }
  const extensions = assertExtensions(input.extensions, rule);
  const { days: baseDays, notes } = chooseDays(rule, input.complex === true, input.remote === true);
  const totalDays = baseDays + extensions * rule.extensionDays;
  assertDayCount(totalDays, rule.unit === 'working' ? MAX_WORKING_DAYS : MAX_CALENDAR_DAYS);

  const index = indexCalendar(input.calendar);
  const visited: { day: DayNumber; working: boolean }[] = [];
  const observe: DayObserver = (day, working) => visited.push({ day, working });
  let lastDay: DayNumber;
  let due: DayNumber;
  if (rule.unit === 'working') {
    due = walkWorkingDays(start, totalDays, index, observe);
    lastDay = due;
  } else {
    lastDay = start + totalDays;
    if (rule.rollToWorkingDay === false) {
      due = lastDay;
      if (!isWorkingDayNumber(lastDay, index)) observe(lastDay, false);
    } else {
      due = rollForward(lastDay, index, observe);
    }
  }

  const explanation = explainDeadline(
    { rule, start, baseDays, variantNotes: notes, extensions, totalDays, visited, lastDay, due },
    input.calendar,
  );
  return {
    key,
    label: rule.label,
    due: fromDayNumber(due),
    unit: rule.unit,
    days: totalDays,
    baseDays,
    extensions,
    basis: rule.basis,
    confidence: rule.confidence,
    ruleVersion: ruleVersionOf(rule),
    effectiveFrom: rule.effectiveFrom,
    explanation,
  };
}
