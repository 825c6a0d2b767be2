import { z } from 'zod';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The object schema of a field, also behind `.nullable()`/`.optional()` (a protected letter's `sender: null`). */
function objectSchemaOf(field: unknown): z.ZodObject | null {
  if (field instanceof z.ZodObject) return field;
  if (field instanceof z.ZodNullable || field instanceof z.ZodOptional) {
    const inner: unknown = field.unwrap();
    return inner instanceof z.ZodObject ? inner : null;
  }
  return null;
}

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
    const shape = objectSchemaOf(field);
    picked[key] = shape && isPlainObject(value) ? pickEditable(shape, value) : value;
  }
  return picked;
}
