import { zodResolver } from '@hookform/resolvers/zod';
import type { FormProps } from 'react-admin';
import type { z } from 'zod';
import { pickEditable } from '../providers/pick-editable';

type FormResolver = NonNullable<FormProps['resolver']>;

/** Blank optional text (a note, minutes) is left out rather than sent as an empty string. */
export function withoutBlankText(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')),
  );
}

/**
 * Validates a dialog with the API's own input schema (its Vietnamese messages on the fields),
 * on exactly the fields that schema declares.
 */
export function schemaResolver(schema: z.ZodObject): FormResolver {
  const resolve = zodResolver(schema);
  return (values, context, options) => resolve(withoutBlankText(pickEditable(schema, values)), context, options);
}
