/**
 * Errors the domain raises on purpose. The API maps each code to one tRPC code,
 * so a rule never needs to know about HTTP. Messages are Vietnamese: they reach users.
 */
export type DomainErrorCode =
  | 'VALIDATION' // input breaks a rule; fieldErrors says where
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'CONFLICT' // stale version or a concurrent change
  | 'INVALID_TRANSITION' // a workflow step not allowed from the current state
  | 'RATE_LIMITED';

export type FieldErrors = Record<string, string>;

export class DomainError extends Error {
  readonly code: DomainErrorCode;
  readonly fieldErrors: FieldErrors | undefined;

  constructor(code: DomainErrorCode, message: string, fieldErrors?: FieldErrors) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

export const notFound = (what: string) => new DomainError('NOT_FOUND', `Không tìm thấy ${what}.`);

export const staleVersion = () =>
  new DomainError(
    'CONFLICT',
    'Bản ghi đã được người khác cập nhật sau khi bạn mở. Hãy tải lại để xem thay đổi mới nhất; nội dung bạn đã nhập vẫn được giữ trên biểu mẫu.',
  );
