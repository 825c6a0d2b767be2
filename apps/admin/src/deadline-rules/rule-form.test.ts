import { DeadlineRuleSchema } from '@kntc/domain';
import { describe, expect, it } from 'vitest';
import { cleanRuleValues, describeExtensions, describeVariants, newVersionOf, ruleResolver, ruleValidity } from './rule-form';

// A row as deadlineRules.getOne returns it: nulls for absent values, bookkeeping fields around.
const row = {
  id: 'c9a6f3d4-1111-4c4c-9b9b-0a0a0a0a0a0a',
  key: 'denunciation.resolve',
  effectiveFrom: '2019-01-01',
  effectiveTo: null,
  unit: 'calendar',
  days: 30,
  variants: { complex: null, remote: undefined },
  maxExtensions: 2,
  extensionDays: 30,
  rollToWorkingDay: true,
  startEvent: 'Ngày thụ lý tố cáo',
  basis: 'Luật Tố cáo 2018, Điều 30',
  label: 'Giải quyết tố cáo',
  confidence: 'T',
  note: null,
  version: 2,
  createdAt: '2026-11-30T12:37:33.882Z',
  updatedAt: '2026-11-30T12:37:33.882Z',
  updatedBy: null,
} as const;

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('cleanRuleValues', () => {
  it('sends only schema fields and leaves empty optional ones out instead of null', () => {
    const cleaned = cleanRuleValues(row);
    expect(cleaned).not.toHaveProperty('effectiveTo');
    expect(cleaned).not.toHaveProperty('note');
    expect(cleaned).not.toHaveProperty('id');
    expect(cleaned).not.toHaveProperty('version');
    expect(cleaned.variants).toEqual({});
    expect(DeadlineRuleSchema.safeParse(cleaned).success).toBe(true);
  });

  it('keeps an end date, a note, a false roll flag and the variants that are set', () => {
    const cleaned = cleanRuleValues({ ...row, effectiveTo: '2026-06-30', note: 'Ghi chú', rollToWorkingDay: false, variants: { complex: 60, remote: '' } });
    expect(cleaned).toMatchObject({ effectiveTo: '2026-06-30', note: 'Ghi chú', rollToWorkingDay: false, variants: { complex: 60 } });
    expect(cleaned.variants).not.toHaveProperty('remote');
  });

  it('drops a note made of spaces', () => {
    expect(cleanRuleValues({ ...row, note: '   ' })).not.toHaveProperty('note');
  });
});

describe('ruleResolver', () => {
  it('accepts a loaded row as it is', async () => {
    const result = await ruleResolver({ ...row }, undefined, options);
    expect(result.errors).toEqual({});
  });

  it('shows the schema message on the end date before the start', async () => {
    const result = await ruleResolver({ ...row, effectiveTo: '2018-12-31' }, undefined, options);
    expect(result.errors).toMatchObject({ effectiveTo: { message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực.' } });
  });
});

describe('newVersionOf', () => {
  it('copies the rule without its validity dates or bookkeeping', () => {
    const copy = newVersionOf({ ...row, variants: {}, effectiveTo: '2026-06-30' });
    expect(copy).toMatchObject({ key: 'denunciation.resolve', days: 30, label: 'Giải quyết tố cáo' });
    expect(copy).not.toHaveProperty('effectiveFrom');
    expect(copy).not.toHaveProperty('effectiveTo');
    expect(copy).not.toHaveProperty('id');
  });
});

describe('ruleValidity', () => {
  it('tells in force, ended and upcoming versions apart, end date included', () => {
    expect(ruleValidity({ effectiveFrom: '2012-07-01', effectiveTo: '2026-06-30' }, '2026-06-30')).toBe('in_force');
    expect(ruleValidity({ effectiveFrom: '2012-07-01', effectiveTo: '2026-06-30' }, '2026-07-01')).toBe('ended');
    expect(ruleValidity({ effectiveFrom: '2026-07-01', effectiveTo: null }, '2026-06-30')).toBe('upcoming');
    expect(ruleValidity({ effectiveFrom: '2026-07-01' }, '2026-11-30')).toBe('in_force');
  });
});

describe('describeVariants and describeExtensions', () => {
  it('reads as Vietnamese in the rule unit', () => {
    expect(describeVariants({ complex: 45, remote: 45, complexRemote: 60 }, 'calendar')).toBe(
      'vụ việc phức tạp: 45 ngày; vùng sâu, vùng xa: 45 ngày; phức tạp ở vùng sâu, vùng xa: 60 ngày',
    );
    expect(describeVariants({}, 'working')).toBe('');
    expect(describeExtensions({ maxExtensions: 2, extensionDays: 30, unit: 'calendar' })).toBe('2 lần × 30 ngày');
    expect(describeExtensions({ maxExtensions: 0, extensionDays: 0, unit: 'working' })).toBe('');
  });
});
