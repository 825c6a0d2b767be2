import { z } from 'zod';
import { vnText } from '../text/vn-text.js';
import { NewPasswordSchema } from './credentials.js';
import { roleCodes } from './roles.js';

/** Lower-case letters, digits, dot, dash and underscore: what people can type on any keyboard layout. */
export const UsernameSchema = z
  .string({ error: 'Hãy nhập tên đăng nhập.' })
  .trim()
  .toLowerCase()
  .min(3, { error: 'Tên đăng nhập phải có ít nhất 3 ký tự.' })
  .max(50, { error: 'Tên đăng nhập không được quá 50 ký tự.' })
  .regex(/^[a-z0-9._-]+$/, { error: 'Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang và gạch dưới.' });

const fullName = vnText({ error: 'Hãy nhập họ và tên.' })
  .min(1, { error: 'Hãy nhập họ và tên.' })
  .max(200, { error: 'Họ và tên không được quá 200 ký tự.' });
const position = vnText().max(200, { error: 'Chức vụ không được quá 200 ký tự.' }).default('');
const role = z.enum(roleCodes, { error: 'Hãy chọn vai trò.' });
const unitId = z.uuid({ error: 'Đơn vị không hợp lệ.' }).nullable().default(null);

/** The editable part of an official's account; credentials change only through their own procedures. */
export const UserAccountDataSchema = z.strictObject({
  fullName,
  position,
  role,
  unitId,
  /** Off: the account can no longer sign in and its open sessions end at once. */
  isActive: z.boolean().default(true),
});
export type UserAccountData = z.output<typeof UserAccountDataSchema>;

/**
 * A new account starts with a temporary password the administrator hands over; the official
 * must replace it at first sign-in.
 */
export const UserAccountCreateSchema = UserAccountDataSchema.extend({
  username: UsernameSchema,
  temporaryPassword: NewPasswordSchema,
});
export type UserAccountCreate = z.output<typeof UserAccountCreateSchema>;

export const ResetPasswordSchema = z.strictObject({
  id: z.uuid(),
  temporaryPassword: NewPasswordSchema,
});
