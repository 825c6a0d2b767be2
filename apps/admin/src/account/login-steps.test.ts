import { describe, expect, it } from 'vitest';
import { loginStepOf } from './login-steps';

describe('loginStepOf', () => {
  it('asks for a new password when the administrator set a temporary one', () => {
    const step = loginStepOf(200, { passwordChangeRequired: true, message: 'Hãy đặt mật khẩu mới.' });
    expect(step).toMatchObject({ step: 'newPassword', message: 'Hãy đặt mật khẩu mới.', fieldErrors: {} });
  });

  it('keeps the new-password step with the reason a new password was refused', () => {
    const step = loginStepOf(400, { message: 'Mật khẩu mới chưa đạt yêu cầu.', fieldErrors: { newPassword: 'Mật khẩu không được chứa tên đăng nhập.' } });
    expect(step).toMatchObject({ step: 'newPassword', fieldErrors: { newPassword: 'Mật khẩu không được chứa tên đăng nhập.' } });
  });

  it('asks for the authenticator code, and shows a wrong one under the input', () => {
    expect(loginStepOf(200, { totpRequired: true, message: 'Nhập mã.' })).toMatchObject({ step: 'totp', fieldErrors: {} });
    expect(loginStepOf(401, { totpRequired: true, message: 'Mã xác thực không đúng.' })).toMatchObject({
      step: 'totp',
      fieldErrors: { totpCode: 'Mã xác thực không đúng.' },
    });
  });

  it('leaves plain successes and failures alone', () => {
    expect(loginStepOf(200, { user: { id: 'x' } })).toBeUndefined();
    expect(loginStepOf(401, { message: 'Tên đăng nhập hoặc mật khẩu không đúng.' })).toBeUndefined();
    expect(loginStepOf(429, { message: 'Bạn đã đăng nhập sai quá nhiều lần.' })).toBeUndefined();
    expect(loginStepOf(400, { message: 'Hãy nhập tên đăng nhập và mật khẩu.', fieldErrors: { username: 'x' } })).toBeUndefined();
    expect(loginStepOf(500, null)).toBeUndefined();
  });
});
