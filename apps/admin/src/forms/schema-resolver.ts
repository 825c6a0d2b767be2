import { zodResolver } from '@hookform/resolvers/zod';
import type { SimpleFormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

export type FormResolver = NonNullable<SimpleFormProps['resolver']>;
type Values = Record<string, unknown>;

/**
 * Validates a form with the server's own schema, so the form shows the messages the API would
 * send: `prepare` first turns what the inputs hold into what the API takes (blank choices to null,
 * hidden inputs cleared), then only the schema's fields are checked and submitted.
 */
export function schemaResolver(schema: z.ZodObject, prepare: (values: Values) => Values = (values) => values): FormResolver {
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(pickEditable(schema, prepare(values)), context, options);
}

/** An emptied select or date input holds '' (or undefined); the API says "none" with null. */
export const blankToNull = (value: unknown): unknown => (value === '' || value === undefined ? null : value);

/** The same for several fields of a form's values. */
export function blanksToNull(values: Values, keys: readonly string[]): Values {
  const out = { ...values };
  for (const key of keys) if (Object.hasOwn(out, key)) out[key] = blankToNull(out[key]);
  return out;
}
