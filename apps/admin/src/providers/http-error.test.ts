import { TRPCClientError } from '@trpc/client';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { hasFieldErrors, isConflict, nestFieldErrors, toHttpError } from './http-error';

const INVALID = 'Dữ liệu nhập chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.';

const trpcError = (message: string, data: Record<string, unknown>) =>
  TRPCClientError.from({ error: { code: -32600, message, data } });

describe('nestFieldErrors', () => {
  it('turns dotted paths into the nested shape of the form', () => {
    expect(
      nestFieldErrors({ 'sender.fullName': 'Họ và tên người gửi là bắt buộc.', summary: 'Trích yếu nội dung là bắt buộc.' }),
    ).toEqual({ sender: { fullName: 'Họ và tên người gửi là bắt buộc.' }, summary: 'Trích yếu nội dung là bắt buộc.' });
  });

  it('puts the overall message on root.serverError, where react-admin notifies it', () => {
    expect(nestFieldErrors({ kind: 'Hãy chọn loại đơn.' }, INVALID)).toEqual({
      kind: 'Hãy chọn loại đơn.',
      root: { serverError: INVALID },
    });
  });

  it('prefers a root entry from the server over the overall message', () => {
    expect(nestFieldErrors({ root: 'Trường không được phép: extra' }, INVALID)).toEqual({
      root: { serverError: 'Trường không được phép: extra' },
    });
  });

  it('keeps the first message when a field and one of its children both fail', () => {
    expect(nestFieldErrors({ sender: 'Thiếu người gửi.', 'sender.fullName': 'Bắt buộc.' })).toEqual({ sender: 'Thiếu người gửi.' });
  });

  it('ignores paths that would write to the object prototype', () => {
    const out = nestFieldErrors({ '__proto__.polluted': 'x', 'a..b': 'y' });
    expect(out).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('toHttpError', () => {
  it('carries field errors as body.errors with the server status and message', () => {
    const error = toHttpError(
      trpcError(INVALID, {
        code: 'BAD_REQUEST',
        httpStatus: 400,
        fieldErrors: { 'sender.fullName': 'Họ và tên người gửi phải có ít nhất 2 ký tự.' },
      }),
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({
      message: INVALID,
      status: 400,
      body: {
        code: 'BAD_REQUEST',
        errors: { sender: { fullName: 'Họ và tên người gửi phải có ít nhất 2 ký tự.' }, root: { serverError: INVALID } },
      },
    });
  });

  it('drops the prefix of an update input so the message lands on the form field', () => {
    const error = toHttpError(
      trpcError(INVALID, { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { 'data.entries.0.reason': 'Cần ghi lý do.' } }),
      'data.',
    );
    expect(error).toMatchObject({ body: { errors: { entries: { 0: { reason: 'Cần ghi lý do.' } } } } });
  });

  it('keeps a conflict a plain error (no body.errors) so react-admin notifies its message', () => {
    const message = 'Bản ghi đã được người khác cập nhật sau khi bạn mở.';
    const error = toHttpError(trpcError(message, { code: 'CONFLICT', httpStatus: 409, fieldErrors: null }));
    expect(error).toMatchObject({ message, status: 409, body: { code: 'CONFLICT' } });
    expect((error as HttpError).body).not.toHaveProperty('errors');
  });

  it('passes 401 through for authProvider.checkError to log the user out', () => {
    const error = toHttpError(
      trpcError('Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.', { code: 'UNAUTHORIZED', httpStatus: 401, fieldErrors: null }),
    );
    expect(error).toMatchObject({ status: 401 });
  });

  it('explains a failed connection in Vietnamese', () => {
    const error = toHttpError(TRPCClientError.from(new TypeError('Failed to fetch')));
    expect(error).toMatchObject({ status: 0, message: 'Không kết nối được máy chủ. Hãy kiểm tra mạng rồi thử lại.' });
  });

  it('hands back a cancelled request as the AbortError itself', () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    expect(toHttpError(TRPCClientError.from(abort))).toBe(abort);
  });

  it('leaves errors that did not come from tRPC alone', () => {
    const other = new Error('khác');
    expect(toHttpError(other)).toBe(other);
  });
});

describe('hasFieldErrors and isConflict', () => {
  it('tell a form error from a conflict', () => {
    const invalid = new HttpError(INVALID, 400, { errors: { summary: 'Bắt buộc.' } });
    const conflict = new HttpError('Bản ghi đã được người khác cập nhật.', 409, {});
    expect([hasFieldErrors(invalid), isConflict(invalid)]).toEqual([true, false]);
    expect([hasFieldErrors(conflict), isConflict(conflict)]).toEqual([false, true]);
    expect([hasFieldErrors(new Error('x')), isConflict(new Error('x'))]).toEqual([false, false]);
  });
});
