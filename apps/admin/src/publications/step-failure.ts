import { HttpError } from 'react-admin';

export type StepFailure = { message: string; fields: Record<string, string> };

/**
 * What a refused step says: the server's Vietnamese message, and the messages of the fields the
 * dialog has an input for (react-admin's HttpError carries them nested under body.errors).
 */
export function stepFailure(error: unknown): StepFailure {
  const message = error instanceof Error ? error.message : String(error);
  const errors = error instanceof HttpError && typeof error.body === 'object' && error.body !== null ? (error.body as { errors?: unknown }).errors : undefined;
  const fields: Record<string, string> = {};
  if (typeof errors === 'object' && errors !== null) {
    for (const [key, value] of Object.entries(errors)) if (key !== 'root' && typeof value === 'string') fields[key] = value;
  }
  return { message, fields };
}
