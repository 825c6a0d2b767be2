import { z } from 'zod';

export const LoginSchema = z.strictObject({
  username: z
    .string({ error: 'Hãy nhập tên đăng nhập.' })
    .trim()
    .min(1, { error: 'Hãy nhập tên đăng nhập.' })
    .max(100, { error: 'Tên đăng nhập quá dài.' }),
  password: z
    .string({ error: 'Hãy nhập mật khẩu.' })
    .min(1, { error: 'Hãy nhập mật khẩu.' })
    .max(1024, { error: 'Mật khẩu quá dài.' }),
});
export type LoginInput = z.output<typeof LoginSchema>;

/** ASVS 6.2.1: at least 8 characters (15 recommended), long passphrases accepted, no composition rules. */
export const NewPasswordSchema = z
  .string()
  .min(12, { error: 'Mật khẩu phải có ít nhất 12 ký tự.' })
  .max(256, { error: 'Mật khẩu không được quá 256 ký tự.' });
