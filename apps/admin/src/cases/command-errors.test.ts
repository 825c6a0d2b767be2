import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { commandFailure } from './command-errors';

describe('commandFailure', () => {
  it('recognises a conflict and keeps the server’s sentence', () => {
    const failure = commandFailure(new HttpError('Bản ghi đã được người khác cập nhật sau khi bạn mở.', 409, { code: 'CONFLICT' }));
    expect(failure).toEqual({ message: 'Bản ghi đã được người khác cập nhật sau khi bạn mở.', isConflict: true });
  });

  it('passes on a refused step’s reason', () => {
    const failure = commandFailure(
      new HttpError('Còn 1 biện pháp chưa thực hiện xong; chưa thể kết thúc vụ việc.', 400, { code: 'BAD_REQUEST' }),
    );
    expect(failure).toEqual({ message: 'Còn 1 biện pháp chưa thực hiện xong; chưa thể kết thúc vụ việc.', isConflict: false });
  });

  it('returns the field messages of the form, without the root message, scoped when asked', () => {
    const error = new HttpError('Dữ liệu không hợp lệ.', 400, {
      errors: { reason: 'Hãy ghi lý do gia hạn.', root: { serverError: 'Dữ liệu không hợp lệ.' } },
    });
    expect(commandFailure(error).fieldErrors).toEqual({ reason: 'Hãy ghi lý do gia hạn.' });
    const draftError = new HttpError('Dữ liệu không hợp lệ.', 400, { errors: { draft: { conclusion: 'Hãy nhập kết luận.' } } });
    expect(commandFailure(draftError, 'draft').fieldErrors).toEqual({ conclusion: 'Hãy nhập kết luận.' });
  });

  it('explains a failure that is not the server’s', () => {
    expect(commandFailure(new Error('Failed to fetch'))).toEqual({ message: 'Failed to fetch', isConflict: false });
    expect(commandFailure('nonsense')).toEqual({ message: 'ra.notification.http_error', isConflict: false });
  });
});
