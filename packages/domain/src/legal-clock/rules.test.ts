import { describe, expect, it } from 'vitest';
import { defaultDeadlineRules } from './default-rules.js';
import { DeadlineRuleSchema, DeadlineRuleSetSchema, deadlineRuleKeyLabels, deadlineRuleKeys, findRuleInForce } from './rules.js';

describe('defaultDeadlineRules', () => {
  it('is a valid rule table', () => {
    expect(DeadlineRuleSetSchema.safeParse(defaultDeadlineRules).success).toBe(true);
  });

  it('has a version of every key in force in 2024 and after 01/07/2026', () => {
    for (const key of deadlineRuleKeys) {
      expect(findRuleInForce(key, '2024-01-02', defaultDeadlineRules), key).toBeDefined();
      expect(findRuleInForce(key, '2026-07-01', defaultDeadlineRules), key).toBeDefined();
      expect(deadlineRuleKeyLabels[key]).toMatch(/\S/);
    }
  });

  it('switches complaint.accept on 01/07/2026', () => {
    expect(findRuleInForce('complaint.accept', '2026-06-30', defaultDeadlineRules)?.days).toBe(10);
    expect(findRuleInForce('complaint.accept', '2026-07-01', defaultDeadlineRules)?.days).toBe(7);
  });

  it('keeps the posting period as consecutive days (no roll to a working day)', () => {
    const posting = defaultDeadlineRules.filter((r) => r.key === 'publication.posting_period');
    expect(posting.map((r) => r.rollToWorkingDay)).toEqual([false]);
    expect(defaultDeadlineRules.filter((r) => r.rollToWorkingDay === false)).toHaveLength(1);
  });
});

describe('DeadlineRuleSchema', () => {
  const valid = defaultDeadlineRules[0];

  it('rejects an edited rule with bad values, in Vietnamese', () => {
    const bad = DeadlineRuleSchema.safeParse({ ...valid, days: 0, effectiveFrom: '2024-02-30', confidence: 'X' });
    expect(bad.success).toBe(false);
    const messages = bad.error?.issues.map((i) => i.message).join(' | ');
    expect(messages).toContain('Số ngày phải lớn hơn 0.');
    expect(messages).toContain('Mức tin cậy phải là T, S hoặc U.');
  });

  it('rejects an end date before the start date, and extensions without a length', () => {
    expect(DeadlineRuleSchema.safeParse({ ...valid, effectiveTo: '2000-01-01' }).success).toBe(false);
    expect(DeadlineRuleSchema.safeParse({ ...valid, maxExtensions: 1, extensionDays: 0 }).success).toBe(false);
  });

  it('rejects overlapping versions of one key in a rule table', () => {
    const result = DeadlineRuleSetSchema.safeParse([...defaultDeadlineRules, { ...valid, effectiveFrom: '2020-01-01' }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('chồng lên nhau');
  });
});
