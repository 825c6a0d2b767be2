import { isDatabaseUnavailable, sqlStateOf } from '@kntc/db';
import { isDomainError, type DomainErrorCode, type FieldErrors } from '@kntc/domain';
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';

const codeMap: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  VALIDATION: 'BAD_REQUEST',
  NOT_FOUND: 'NOT_FOUND',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  INVALID_TRANSITION: 'BAD_REQUEST',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
};

export const INTERNAL_MESSAGE = 'Đã có lỗi hệ thống. Thao tác chưa được thực hiện; vui lòng thử lại hoặc báo quản trị hệ thống.';
/** A lost connection may have cut off a commit, so the user is asked to check before repeating a write. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  'Hệ thống tạm thời không truy cập được cơ sở dữ liệu. Vui lòng thử lại sau ít phút; nếu vừa lưu dữ liệu, hãy kiểm tra xem đã được ghi nhận chưa.';
export const UNSUPPORTED_MEDIA_MESSAGE = 'Định dạng dữ liệu không được hỗ trợ.';
export const INVALID_INPUT_MESSAGE = 'Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.';
export const INVALID_VALUE_MESSAGE =
  'Dữ liệu nhập có giá trị không hợp lệ (ký tự điều khiển, số quá lớn, ngày ngoài giới hạn hoặc văn bản quá dài). Hãy kiểm tra lại.';

/**
 * The database refused a value the schemas let through: SQLSTATE class 22 (a NUL character, a number
 * or date out of range, an invalid uuid or number text) or 54000 (a value too long to index). The
 * request is at fault, not the server, and nothing was written (the statement failed).
 */
export function isInvalidValueError(error: unknown): boolean {
  const sqlState = sqlStateOf(error);
  return sqlState !== undefined && (sqlState.startsWith('22') || sqlState === '54000');
}

/** One place where every failure becomes a tRPC error with a Vietnamese message. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (isDomainError(error)) {
    return new TRPCError({ code: codeMap[error.code], message: error.message, cause: error });
  }
  if (error instanceof ZodError) {
    return new TRPCError({ code: 'BAD_REQUEST', message: INVALID_INPUT_MESSAGE, cause: error });
  }
  const sqlState = sqlStateOf(error);
  if (sqlState === '23505' || sqlState === '40001' || sqlState === '40P01') {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'Dữ liệu vừa được thay đổi đồng thời bởi thao tác khác. Hãy tải lại và thử lại.',
      cause: error instanceof Error ? error : undefined,
    });
  }
  if (isInvalidValueError(error)) {
    return new TRPCError({ code: 'BAD_REQUEST', message: INVALID_VALUE_MESSAGE, cause: error instanceof Error ? error : undefined });
  }
  if (isDatabaseUnavailable(error)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: DATABASE_UNAVAILABLE_MESSAGE, cause: error instanceof Error ? error : undefined });
  }
  return new TRPCError({ code: 'INTERNAL_SERVER_ERROR', message: INTERNAL_MESSAGE, cause: error instanceof Error ? error : undefined });
}

/**
 * tRPC's own refusals of a malformed request (bad JSON, unknown procedure, wrong method, batch misuse)
 * carry English protocol text; the client reads these instead. Our procedures never throw these codes,
 * and tRPC's NOT_FOUND and BAD_REQUEST texts are recognised by their wording.
 */
const protocolMessages: Partial<Record<TRPC_ERROR_CODE_KEY, string>> = {
  PARSE_ERROR: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  UNSUPPORTED_MEDIA_TYPE: UNSUPPORTED_MEDIA_MESSAGE,
  METHOD_NOT_SUPPORTED: 'Chức năng này không nhận phương thức yêu cầu đã gửi.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
};
const TRPC_PROTOCOL_TEXT =
  /^(No procedure found|No "\w+"-procedure|Batch call exceeds|"input" needs to be|Cannot mix procedure types|Only POST requests|Invalid URL-encoding|Batching is not enabled|Streaming requests must|Cannot batch|Not JSON-parsable|Invalid connection params|Unsupported (GET|POST|content-type)|Missing content-type)/;

export function protocolErrorMessage(error: TRPCError): string | undefined {
  const fixed = protocolMessages[error.code];
  if (fixed) return fixed;
  // A body or query input that is not JSON reaches the procedure as a BAD_REQUEST around the parser's error.
  if (error.cause instanceof SyntaxError) return protocolMessages.PARSE_ERROR;
  if (!TRPC_PROTOCOL_TEXT.test(error.message)) return undefined;
  return error.code === 'NOT_FOUND' ? 'Không tìm thấy chức năng được yêu cầu.' : 'Yêu cầu gửi lên không đúng cấu trúc của API.';
}

/** Field errors keyed by dotted path ("sender.fullName"), first message per field. */
export function fieldErrorsOf(error: TRPCError): FieldErrors | undefined {
  const cause = error.cause;
  if (isDomainError(cause)) return cause.fieldErrors;
  if (cause instanceof ZodError) {
    const out: FieldErrors = {};
    for (const issue of cause.issues) {
      const key = issue.path.length > 0 ? issue.path.map(String).join('.') : 'root';
      out[key] ??= issue.message;
    }
    return out;
  }
  return undefined;
}
