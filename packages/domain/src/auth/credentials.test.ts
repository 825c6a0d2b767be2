import { describe, expect, it } from 'vitest';
import { LoginSchema, passwordProblem, TotpCodeSchema } from './credentials.js';

describe('password rules', () => {
  it('accept a long passphrase and refuse short ones, ones containing the username and unchanged ones, in Vietnamese', () => {
    expect(passwordProblem('một cụm từ dài dễ nhớ', { username: 'tiepdan' })).toBeNull();
    expect(passwordProblem('ngắn quá', { username: 'tiepdan' })).toBe('Mật khẩu phải có ít nhất 12 ký tự.');
    expect(passwordProblem('Xin-chao-TiepDan-2026', { username: 'tiepdan' })).toBe('Mật khẩu không được chứa tên đăng nhập.');
    expect(passwordProblem('mat-khau-cu-du-dai', { username: 'tiepdan', currentPassword: 'mat-khau-cu-du-dai' })).toBe(
      'Mật khẩu mới phải khác mật khẩu hiện tại.',
    );
    expect(passwordProblem('x'.repeat(257), { username: 'tiepdan' })).toBe('Mật khẩu không được quá 256 ký tự.');
  });

  it('do not treat a one- or two-letter username as contained everywhere', () => {
    expect(passwordProblem('a-long-enough-passphrase', { username: 'a' })).toBeNull();
  });
});

describe('authenticator codes', () => {
  it('take six digits, ignoring the spaces apps show them with', () => {
    expect(TotpCodeSchema.parse('123 456')).toBe('123456');
    expect(TotpCodeSchema.safeParse('12345').error?.issues[0]?.message).toBe('Mã xác thực gồm đúng 6 chữ số.');
    expect(TotpCodeSchema.safeParse('abcdef').success).toBe(false);
  });

  it('are optional on the login form, as is the new password', () => {
    expect(LoginSchema.parse({ username: ' TiepDan ', password: 'x' })).toEqual({ username: 'TiepDan', password: 'x' });
    expect(LoginSchema.safeParse({ username: 'a', password: 'x', extra: 1 }).success).toBe(false);
  });
});
