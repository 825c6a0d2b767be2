import { zodResolver } from '@hookform/resolvers/zod';
import {
  ClassificationSchema,
  conditionsFor,
  eligibilityConditionLabels,
  petitionKinds,
  type EligibilityCondition,
  type PetitionKind,
} from '@kntc/domain';
import type { FormProps } from 'react-admin';
import type { z } from 'zod';
import type { ClassificationInput } from './data-methods';

type FormResolver = NonNullable<FormProps['resolver']>;

/** What the classification form holds; the checkboxes list the conditions the letter fails. */
export type ClassificationFormValues = {
  kind: PetitionKind | '';
  competence: 'within' | 'outside' | '';
  failedConditions: string[];
  isAnonymous: boolean;
  hasVerifiableEvidence: boolean;
  hasSignsOfCrime: boolean;
  isOverdueAtLowerBody: boolean;
  complaintRound: 'first' | 'second';
  note: string;
};

type Classified = { kind: PetitionKind; classification: ClassificationInput | null };

const isKind = (value: unknown): value is PetitionKind => typeof value === 'string' && (petitionKinds as readonly string[]).includes(value);

/** A reclassification starts from the current one; a first one from the kind given at intake. */
export function classificationDefaults(record: Classified): ClassificationFormValues {
  const c = record.classification;
  return {
    kind: c?.kind ?? record.kind,
    competence: c?.competence ?? '',
    failedConditions: [...(c?.failedConditions ?? [])],
    isAnonymous: c?.isAnonymous ?? false,
    hasVerifiableEvidence: c?.hasVerifiableEvidence ?? false,
    hasSignsOfCrime: c?.hasSignsOfCrime ?? false,
    isOverdueAtLowerBody: c?.isOverdueAtLowerBody ?? false,
    complaintRound: c?.complaintRound ?? 'first',
    note: c?.note ?? '',
  };
}

/** The eligibility conditions that apply to a kind of letter, as checkbox choices. */
export const conditionChoices = (kind: unknown) =>
  (isKind(kind) ? conditionsFor[kind] : []).map((id) => ({ id, name: eligibilityConditionLabels[id] }));

/**
 * The classification to send. Ticks left over from another kind are dropped (a condition the
 * form no longer shows must not make the letter ineligible), anonymity only concerns a
 * denunciation and the round only a complaint.
 */
export function toClassification(values: Partial<ClassificationFormValues>): Record<string, unknown> {
  const kind = values.kind;
  const applicable: readonly string[] = isKind(kind) ? conditionsFor[kind] : [];
  const isDenunciation = kind === 'denunciation';
  const note = values.note?.trim();
  return {
    kind: kind || undefined,
    competence: values.competence || undefined,
    failedConditions: (values.failedConditions ?? []).filter((c): c is EligibilityCondition => applicable.includes(c)),
    isAnonymous: isDenunciation && values.isAnonymous === true,
    hasVerifiableEvidence: isDenunciation && values.isAnonymous === true && values.hasVerifiableEvidence === true,
    hasSignsOfCrime: values.hasSignsOfCrime === true,
    isOverdueAtLowerBody: values.isOverdueAtLowerBody === true,
    complaintRound: kind === 'complaint' && values.complaintRound === 'second' ? 'second' : 'first',
    ...(note ? { note } : {}),
  };
}

/** Checks the form with the API's own schema, so the messages are the ones the server would send. */
export function classificationResolver(): FormResolver {
  // Widened to any object schema: the form's values are checked, not trusted, by it.
  const schema: z.ZodObject = ClassificationSchema;
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(toClassification(values), context, options);
}
