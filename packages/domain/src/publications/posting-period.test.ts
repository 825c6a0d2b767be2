import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysBetween, shiftDate } from '../common/iso-date.js';
import { isDomainError } from '../errors/domain-error.js';
import { defaultDeadlineRules } from '../legal-clock/default-rules.js';
import type { DeadlineRule } from '../legal-clock/rules.js';
import { dateBetween, randomCalendar } from '../legal-clock/test-arbitraries.js';
import {
  checkTakedownReason,
  choosePostedUntil,
  isPostingOver,
  isPublishOverdue,
  isTakenDownEarly,
  isUnderMinimumPosting,
  minimumPostedUntil,
  publishRuleFor,
  wasPublishedLate,
} from './posting-period.js';

const noDaysOff = { daysOff: [], makeUpDays: [] };
const fieldErrorsOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { message: error.message, fields: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a DomainError');
};

/** The posting rule as an administrator might mis-set it: fewer days, working days, or rolled. */
const postingRuleVariant = fc.record({ days: fc.integer({ min: 0, max: 40 }), unit: fc.constantFrom('working' as const, 'calendar' as const), rollToWorkingDay: fc.boolean() }).map((v) =>
  defaultDeadlineRules.map((r): DeadlineRule => (r.key === 'publication.posting_period' ? { ...r, ...v } : r)),
);

describe('posting period', () => {
  it('counts 15 consecutive days after the first day, weekends and holidays included, never rolled', () => {
    // 2026-04-17 is a Friday; +15 is Saturday 2 May, in the Reunification/Labour Day break: not moved.
    expect(minimumPostedUntil('2026-04-17', { calendar: { daysOff: ['2026-04-30', '2026-05-01'], makeUpDays: [] } })).toBe('2026-05-02');
    expect(minimumPostedUntil('2025-12-31', { calendar: noDaysOff })).toBe('2026-01-15');
  });

  it('is at least postedFrom + 14 days whatever the calendar and the rule table say', () => {
    fc.assert(
      fc.property(dateBetween('2024-01-01', '2027-12-31'), randomCalendar, postingRuleVariant, (from, calendar, rules) => {
        const minimum = minimumPostedUntil(from, { calendar, rules });
        expect(daysBetween(from, minimum)).toBeGreaterThanOrEqual(14);
        // and whatever the approver asks for, the chosen day is never before the minimum
        const asked = shiftDate(from, 20);
        const chosen = asked >= minimum ? choosePostedUntil(from, minimum, asked) : minimum;
        expect(chosen >= minimum).toBe(true);
      }),
    );
  });

  it('accepts the minimum or a later day, and refuses an earlier one with a field error naming the minimum', () => {
    expect(choosePostedUntil('2026-03-02', '2026-03-17')).toBe('2026-03-17');
    expect(choosePostedUntil('2026-03-02', '2026-03-17', '2026-03-31')).toBe('2026-03-31');
    expect(fieldErrorsOf(() => choosePostedUntil('2026-03-02', '2026-03-17', '2026-03-16'))).toEqual({
      message: 'Ngày hết niêm yết không được trước ngày 17/03/2026: phải niêm yết ít nhất 15 ngày liên tục từ ngày đăng 02/03/2026.',
      fields: { postedUntil: 'Không được trước ngày 17/03/2026.' },
    });
    expect(fieldErrorsOf(() => choosePostedUntil('2026-03-02', '2026-03-17', '2036-03-02')).fields).toEqual({ postedUntil: 'Không được quá 5 năm sau ngày đăng.' });
  });

  it('refuses every requested day before the minimum', () => {
    fc.assert(
      fc.property(dateBetween('2024-01-01', '2027-12-31'), fc.integer({ min: -400, max: 400 }), (from, offset) => {
        const minimum = shiftDate(from, 15);
        const requested = shiftDate(minimum, offset);
        let result: string | 'refused';
        try {
          result = choosePostedUntil(from, minimum, requested);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          result = 'refused';
        }
        expect(result).toBe(offset < 0 ? 'refused' : requested);
      }),
    );
  });
});

describe('publication dates', () => {
  it('takes the publish-by rule from the kind of case', () => {
    expect(publishRuleFor('denunciation')).toBe('denunciation.conclusion.publish');
    expect(publishRuleFor('complaint_second')).toBe('complaint.decision.publish');
    expect(publishRuleFor('complaint_first')).toBe('complaint.decision.publish');
  });

  it('is overdue to publish only while not posted and past the publish-by date', () => {
    expect(isPublishOverdue({ publishDueDate: '2026-03-11', postedFrom: null }, '2026-03-11')).toBe(false);
    expect(isPublishOverdue({ publishDueDate: '2026-03-11', postedFrom: null }, '2026-03-12')).toBe(true);
    expect(isPublishOverdue({ publishDueDate: '2026-03-11', postedFrom: '2026-03-20' }, '2026-03-25')).toBe(false);
    expect(isPublishOverdue({ publishDueDate: null, postedFrom: null }, '2026-03-25')).toBe(false);
    expect(wasPublishedLate({ publishDueDate: '2026-03-11', postedFrom: '2026-03-20' })).toBe(true);
    expect(wasPublishedLate({ publishDueDate: '2026-03-11', postedFrom: '2026-03-11' })).toBe(false);
  });

  it('must stay up through the minimum’s last day; taken down the next day is not early', () => {
    expect(isTakenDownEarly('2026-03-17', '2026-03-17')).toBe(true);
    expect(isTakenDownEarly('2026-03-18', '2026-03-17')).toBe(false);
    expect(isUnderMinimumPosting({ state: 'published', takenDownOn: null }, '2026-03-17', '2026-03-17')).toBe(true);
    expect(isUnderMinimumPosting({ state: 'published', takenDownOn: null }, '2026-03-17', '2026-03-18')).toBe(false);
    expect(isUnderMinimumPosting({ state: 'taken_down', takenDownOn: '2026-03-10' }, '2026-03-17', '2026-06-01')).toBe(true);
    expect(isUnderMinimumPosting({ state: 'taken_down', takenDownOn: '2026-03-20' }, '2026-03-17', '2026-06-01')).toBe(false);
    expect(isUnderMinimumPosting({ state: 'draft', takenDownOn: null }, null, '2026-03-01')).toBe(false);
  });

  it('is archived once the posted-until day is over, and only while published', () => {
    expect(isPostingOver({ state: 'published', postedUntil: '2026-03-17' }, '2026-03-17')).toBe(false);
    expect(isPostingOver({ state: 'published', postedUntil: '2026-03-17' }, '2026-03-18')).toBe(true);
    expect(isPostingOver({ state: 'taken_down', postedUntil: '2026-03-17' }, '2026-03-18')).toBe(false);
  });
});

describe('takedown reason', () => {
  it('is required, and must say more when the copy comes down early', () => {
    expect(fieldErrorsOf(() => checkTakedownReason('   sai   ', null)).fields).toEqual({ reason: 'Lý do gỡ phải có ít nhất 10 ký tự.' });
    expect(checkTakedownReason('  Đăng nhầm văn bản  ', null)).toBe('Đăng nhầm văn bản');
    expect(fieldErrorsOf(() => checkTakedownReason('Đăng nhầm văn bản', { minimum: '2026-03-17' })).message).toMatch(/^Gỡ trước khi đủ thời hạn niêm yết \(phải niêm yết đến hết ngày 17\/03\/2026\)/);
    expect(checkTakedownReason('Tòa án đã tuyên hủy quyết định này', { minimum: '2026-03-17' })).toBe('Tòa án đã tuyên hủy quyết định này');
  });
});
