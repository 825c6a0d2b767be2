import type { AppRouter } from '@kntc/api/client';
import { isTRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';

/** react-admin's submission errors: an object shaped like the form, leaves are messages. */
export type NestedErrors = { [key: string]: string | NestedErrors };

// Keys that would reach Object.prototype if a server ever sent them as field paths.
const UNSAFE_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Turns the API's dotted paths ("sender.fullName") into the nested object react-admin
 * hands to react-hook-form, so each message lands on its own input. A "root" entry and
 * the overall message become root.serverError, which react-admin shows as the notification.
 */
export function nestFieldErrors(flat: Record<string, string>, message?: string): NestedErrors {
  const out: NestedErrors = {};
  for (const [path, text] of Object.entries(flat)) {
    if (path === 'root') continue;
    const keys = path.split('.');
    if (keys.some((k) => k === '' || UNSAFE_KEYS.has(k))) continue;
    const leaf = keys.pop();
    let node: NestedErrors | undefined = out;
    for (const key of keys) {
      const next: string | NestedErrors | undefined = node[key];
      // A message already on a parent field wins: the form shows one error per input.
      if (typeof next === 'string') {
        node = undefined;
        break;
      }
      node = next ?? (node[key] = {});
    }
    if (node && leaf !== undefined) node[leaf] ??= text;
  }
  const rootMessage = flat.root ?? message;
  if (rootMessage) out.root = { serverError: rootMessage };
  return out;
}

const NETWORK_MESSAGE = 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.';

/** Messages for failures that never reached tRPC (proxy down, body refused by the host). */
const transportMessages: Record<number, string> = {
  413: 'Dữ liệu gửi lên quá lớn.',
  429: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
  502: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
  503: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
  504: 'Máy chủ tạm thời không phản hồi. Vui lòng thử lại sau.',
};

const responseStatus = (meta: Record<string, unknown> | undefined): number => {
  const response = meta?.response;
  return response instanceof Response ? response.status : 0;
};

/** Drops a leading path segment the form does not have ("data." of an update's input). */
const withoutPrefix = (flat: Record<string, string>, prefix: string | undefined): Record<string, string> =>
  prefix
    ? Object.fromEntries(Object.entries(flat).map(([path, text]) => [path.startsWith(prefix) ? path.slice(prefix.length) : path, text]))
    : flat;

/**
 * Every tRPC failure becomes a react-admin HttpError: the server's Vietnamese message,
 * its HTTP status (so authProvider.checkError sees 401), and field errors as body.errors.
 */
export function toHttpError(error: unknown, fieldPrefix?: string): unknown {
  if (!isTRPCClientError<AppRouter>(error)) return error;
  // react-admin recognises a cancelled query by the AbortError itself and stays silent.
  if (error.cause?.name === 'AbortError') return error.cause;
  const data = error.data;
  if (!data) {
    const status = responseStatus(error.meta);
    return new HttpError(transportMessages[status] ?? NETWORK_MESSAGE, status, {});
  }
  const fieldErrors = data.fieldErrors;
  const hasFieldErrors = fieldErrors != null && Object.keys(fieldErrors).length > 0;
  return new HttpError(
    error.message,
    data.httpStatus,
    hasFieldErrors
      ? { errors: nestFieldErrors(withoutPrefix(fieldErrors, fieldPrefix), error.message), code: data.code }
      : { code: data.code },
  );
}

const bodyOf = (error: unknown): Record<string, unknown> | undefined =>
  error instanceof HttpError && typeof error.body === 'object' && error.body !== null ? error.body : undefined;

/** The form shows these itself, next to each input. */
export const hasFieldErrors = (error: unknown): boolean => {
  const errors = bodyOf(error)?.errors;
  return typeof errors === 'object' && errors !== null && Object.keys(errors).length > 0;
};

/** Someone else saved the record after it was loaded (stale version). */
export const isConflict = (error: unknown): boolean => error instanceof HttpError && error.status === 409;
