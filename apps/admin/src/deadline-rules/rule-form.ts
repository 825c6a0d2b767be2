import { zodResolver } from '@hookform/resolvers/zod';
import { DeadlineRuleSchema, deadlineUnitLabels, type DeadlineRule, type DeadlineUnit } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;

const isBlank = (value: unknown): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Optional fields of a rule that the API wants absent, not null or empty, when they have no value. */
const OPTIONAL_FIELDS = new Set(['effectiveTo', 'note', 'rollToWorkingDay']);

/**
 * What a rule form sends: only the fields of DeadlineRuleSchema, with empty optional fields
 * (an end date not set, a cleared note, a variant left blank) left out rather than sent as null,
 * which the schema would refuse. A loaded row stores a missing value as null, hence this step.
 */
export function cleanRuleValues(values: Record<string, unknown>): Record<string, unknown> {
  const picked = pickEditable(DeadlineRuleSchema, values);
  const cleaned = Object.fromEntries(Object.entries(picked).filter(([key, value]) => !(OPTIONAL_FIELDS.has(key) && isBlank(value))));
  const variants = isPlainObject(picked.variants) ? picked.variants : {};
  return { ...cleaned, variants: Object.fromEntries(Object.entries(variants).filter(([, value]) => !isBlank(value))) };
}

/** Validates with the API's own schema, on the values the form would actually send. */
const ruleSchema: z.ZodObject = DeadlineRuleSchema;
const resolveRule = zodResolver(ruleSchema);
export const ruleResolver: FormResolver = (values, context, options) => resolveRule(cleanRuleValues(values), context, options);

type RuleRow = Omit<DeadlineRule, 'effectiveTo' | 'note'> & { effectiveTo?: string | null; note?: string | null };

/**
 * "Thêm phiên bản mới" from an existing version: everything but the validity dates is copied, as
 * a law change usually alters one number; the user sets the date the new text takes effect.
 */
export function newVersionOf(rule: RuleRow): Partial<DeadlineRule> {
  const copy = cleanRuleValues(rule) as Partial<DeadlineRule>;
  const { effectiveFrom: _from, effectiveTo: _to, ...rest } = copy;
  return rest;
}

export type RuleValidity = 'in_force' | 'ended' | 'upcoming';

export const ruleValidityLabels: Record<RuleValidity, string> = {
  in_force: 'Đang áp dụng',
  ended: 'Hết hiệu lực',
  upcoming: 'Chưa có hiệu lực',
};

/** Whether a version applies to an event happening today (effectiveTo is inclusive). */
export function ruleValidity(rule: { effectiveFrom: string; effectiveTo?: string | null }, today: string): RuleValidity {
  if (rule.effectiveFrom > today) return 'upcoming';
  if (rule.effectiveTo && rule.effectiveTo < today) return 'ended';
  return 'in_force';
}

const variantLabels: Record<keyof DeadlineRule['variants'], string> = {
  complex: 'vụ việc phức tạp',
  remote: 'vùng sâu, vùng xa',
  complexRemote: 'phức tạp ở vùng sâu, vùng xa',
};

/** "vụ việc phức tạp: 45 ngày; vùng sâu, vùng xa: 45 ngày", or an empty string when there is none. */
export function describeVariants(variants: DeadlineRule['variants'], unit: DeadlineUnit): string {
  return (Object.keys(variantLabels) as (keyof DeadlineRule['variants'])[])
    .flatMap((key) => {
      const days = variants[key];
      return typeof days === 'number' ? [`${variantLabels[key]}: ${days} ${deadlineUnitLabels[unit]}`] : [];
    })
    .join('; ');
}

/** "2 lần × 30 ngày", or an empty string for a rule that cannot be extended. */
export function describeExtensions(rule: Pick<DeadlineRule, 'maxExtensions' | 'extensionDays' | 'unit'>): string {
  if (rule.maxExtensions === 0) return '';
  return `${rule.maxExtensions} lần × ${rule.extensionDays} ${deadlineUnitLabels[rule.unit]}`;
}
