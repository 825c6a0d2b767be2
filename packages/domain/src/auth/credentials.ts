import { z } from 'zod';

/** Six digits from an authenticator app; spaces people type from the app's display are dropped. */
export const TotpCodeSchema = z
  .string({ error: 'Hãy nhập mã xác thực 6 chữ số.' })
  .transform((v) => v.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: 'Mã xác thực gồm đúng 6 chữ số.' }));

/** ASVS 6.2.1: at least 8 characters (15 recommended), long passphrases accepted, no composition rules. */
export const NewPasswordSchema = z
  .string({ error: 'Hãy nhập mật khẩu mới.' })
  .min(12, { error: 'Mật khẩu phải có ít nhất 12 ký tự.' })
  .max(256, { error: 'Mật khẩu không được quá 256 ký tự.' });

/**
 * The login form, in up to three steps sent to the same address: username and password; then the
 * new password when an administrator's temporary one must be replaced; then the authenticator code.
 * Each step resends what the earlier ones collected, so the server keeps no half-open login.
 */
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
  totpCode: TotpCodeSchema.optional(),
  newPassword: NewPasswordSchema.optional(),
});
export type LoginInput = z.output<typeof LoginSchema>;

/**
 * Rules a new password must meet beyond its length, as a field message or null. A password that
 * contains the username is among the first an attacker tries.
 */
export function passwordProblem(password: string, context: { username: string; currentPassword?: string }): string | null {
  const parsed = NewPasswordSchema.safeParse(password);
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Mật khẩu không hợp lệ.';
  const username = context.username.trim().toLowerCase();
  if (username.length >= 3 && password.toLowerCase().includes(username)) {
    return 'Mật khẩu không được chứa tên đăng nhập.';
  }
  if (context.currentPassword !== undefined && password === context.currentPassword) {
    return 'Mật khẩu mới phải khác mật khẩu hiện tại.';
  }
  return null;
}

/** Đổi mật khẩu: the signed-in official proves the current password before choosing a new one. */
export const ChangePasswordSchema = z.strictObject({
  currentPassword: z
    .string({ error: 'Hãy nhập mật khẩu hiện tại.' })
    .min(1, { error: 'Hãy nhập mật khẩu hiện tại.' })
    .max(1024, { error: 'Mật khẩu quá dài.' }),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordInput = z.output<typeof ChangePasswordSchema>;
