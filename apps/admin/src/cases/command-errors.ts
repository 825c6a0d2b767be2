import { HttpError } from 'react-admin';
import type { NestedErrors } from '../providers/http-error';

export type CommandFailure = {
  /** The server's own Vietnamese sentence (why the step is refused, who changed the case…). */
  message: string;
  /** Someone changed the case after it was loaded: reloading it, then retrying, is the way out. */
  isConflict: boolean;
  /** Messages for the dialog's inputs, shaped like the form. */
  fieldErrors?: NestedErrors;
};

const isNested = (value: unknown): value is NestedErrors => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a failed command tells the user. `within` picks the part of the field errors that belongs
 * to the form: a draft's fields travel under `draft` in the API's input.
 */
export function commandFailure(error: unknown, within?: string): CommandFailure {
  if (!(error instanceof HttpError)) {
    return { message: error instanceof Error && error.message ? error.message : 'ra.notification.http_error', isConflict: false };
  }
  const body: unknown = error.body;
  const errors = isNested(body) && 'errors' in body && isNested(body.errors) ? body.errors : undefined;
  const scoped = errors && within ? errors[within] : errors;
  const fieldErrors = isNested(scoped) ? Object.fromEntries(Object.entries(scoped).filter(([key]) => key !== 'root')) : undefined;
  return {
    message: error.message || 'ra.notification.http_error',
    isConflict: error.status === 409,
    ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
  };
}
