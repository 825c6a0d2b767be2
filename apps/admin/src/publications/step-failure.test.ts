import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { stepFailure } from './step-failure';

describe('stepFailure', () => {
  it('keeps the message and the top-level field messages, not the root one', () => {
    const error = new HttpError('Ngày hết niêm yết không được trước ngày 28/04/2026.', 400, {
      errors: { postedUntil: 'Không được trước ngày 28/04/2026.', root: { serverError: 'x' } },
    });
    expect(stepFailure(error)).toEqual({ message: 'Ngày hết niêm yết không được trước ngày 28/04/2026.', fields: { postedUntil: 'Không được trước ngày 28/04/2026.' } });
  });

  it('has no field messages for a conflict or a plain error', () => {
    expect(stepFailure(new HttpError('Bản ghi đã được người khác cập nhật.', 409, { code: 'CONFLICT' }))).toEqual({ message: 'Bản ghi đã được người khác cập nhật.', fields: {} });
    expect(stepFailure('mất kết nối')).toEqual({ message: 'mất kết nối', fields: {} });
  });
});
