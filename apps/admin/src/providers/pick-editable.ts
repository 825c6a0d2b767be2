import { z } from 'zod';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Keeps only the fields the input schema declares, recursing into nested objects.
 * Records carry read-only fields (id, status, version…) that the API's strict schemas
 * reject, so forms and the data provider send exactly what the schema accepts.
 */
export function pickEditable(schema: z.ZodObject, values: Record<string, unknown>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    if (!Object.hasOwn(values, key)) continue;
    const value = values[key];
    picked[key] = field instanceof z.ZodObject && isPlainObject(value) ? pickEditable(field, value) : value;
  }
  return picked;
}
