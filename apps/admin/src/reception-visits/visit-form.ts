import { zodResolver } from '@hookform/resolvers/zod';
import { todayInVietnam } from '@kntc/domain';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<SimpleFormProps['resolver']>;

/**
 * A protected visit's form shows its visitors' pseudonyms, not their names: it sends no visitors
 * (null) and the server keeps the sealed ones.
 */
export const keepProtectedVisitors = (values: Record<string, unknown>): Record<string, unknown> =>
  values.isProtected === true ? { ...values, visitors: null } : values;

/** Inputs hidden for the chosen kind and outcome are not sent: a regular visit has no head, only a refusal a ground. */
export function clearHiddenVisitFields(values: Record<string, unknown>): Record<string, unknown> {
  return {
    ...values,
    headReception: values.kind === 'regular' ? null : values.headReception,
    refusalGroundCode: values.outcome === 'refused' ? values.refusalGroundCode : null,
  };
}

/** Validates with the server's own schema, so the form shows the messages the API would send. */
export function visitResolver(schema: z.ZodObject): FormResolver {
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(clearHiddenVisitFields(pickEditable(schema, keepProtectedVisitors(values))), context, options);
}

export const visitDefaults = () => ({
  visitDate: todayInVietnam(),
  kind: 'regular',
  mode: 'in_person',
  place: 'Trụ sở tiếp công dân Sở Nội vụ',
  headcount: 1,
  visitors: [{ fullName: '', address: '', identityPaper: 'id_card', isRepresentative: false }],
  protectIdentity: false,
});
