import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { formatFileSize, uploadError } from './upload-error';

describe('uploadError', () => {
  it('keeps the server message and status, with field errors for the form', () => {
    const error = uploadError(400, { message: 'Nội dung tệp không khớp với định dạng PDF.', fieldErrors: { file: 'Nội dung tệp không khớp với định dạng PDF.' } });
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(400);
    expect(error.message).toBe('Nội dung tệp không khớp với định dạng PDF.');
    expect(error.body).toEqual({
      errors: { file: 'Nội dung tệp không khớp với định dạng PDF.', root: { serverError: 'Nội dung tệp không khớp với định dạng PDF.' } },
    });
  });

  it('explains refusals that come without a JSON body', () => {
    expect(uploadError(413, null).message).toBe('Tệp vượt quá dung lượng cho phép.');
    expect(uploadError(0, null).message).toMatch(/Không kết nối được máy chủ/);
    expect(uploadError(418, '<html>').message).toBe('Tải tệp lên không thành công (mã lỗi 418).');
  });

  it('keeps a 401 a 401, so react-admin signs the user out', () => {
    expect(uploadError(401, { message: 'Chưa đăng nhập hoặc phiên làm việc đã hết hạn.' }).status).toBe(401);
  });
});

describe('formatFileSize', () => {
  it('reads as Vietnamese', () => {
    expect(formatFileSize(900)).toBe('900 byte');
    expect(formatFileSize(1536)).toBe('1,5 KB');
    expect(formatFileSize(5 * 1024 * 1024)).toBe('5 MB');
  });
});
