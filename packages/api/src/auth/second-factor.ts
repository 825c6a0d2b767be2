import { DomainError } from '@kntc/domain';
import type { Context } from '../context.js';

export const SECOND_FACTOR_REQUIRED_MESSAGE =
  'Để xem danh tính được bảo mật, tài khoản phải bật xác thực hai bước và phiên làm việc phải được mở bằng mã xác thực. Hãy bật xác thực hai bước trong "Tài khoản của tôi", rồi đăng xuất và đăng nhập lại.';

/**
 * When the installation requires it (REQUIRE_TOTP_FOR_REVEAL), revealing a protected identity
 * needs a session opened with password and authenticator code, not the password alone.
 * Procedures that reveal identities call this before opening the vault.
 */
export function assertSecondFactorForReveal(ctx: Pick<Context, 'user' | 'security'>): void {
  if (ctx.security?.requireTotpForReveal && !ctx.user?.secondFactor) {
    throw new DomainError('FORBIDDEN', SECOND_FACTOR_REQUIRED_MESSAGE);
  }
}
