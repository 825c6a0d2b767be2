import { ChangePasswordSchema, DomainError, passwordProblem, TotpCodeSchema } from '@kntc/domain';
import {
  clearThrottle,
  consumeTotpStep,
  disableTotp,
  enableTotp,
  findUserCredentials,
  hashPassword,
  isThrottled,
  markSessionSecondFactor,
  recordThrottleFailure,
  setPendingTotp,
  setUserPassword,
  verifyPassword,
  type ThrottlePolicy,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { passwordThrottleKey, totpThrottleKey } from '../auth/login.js';
import { matchTotp, newTotpSecret, openTotpSecret, sealTotpSecret, totpEnrolment } from '../auth/totp.js';
import type { AuditExtras } from '../audit/record-mutation.js';
import type { Context } from '../context.js';
import { signedInProcedure } from '../trpc.js';

/** The same limit as the sign-in form, when the host does not configure one (test callers). */
const DEFAULT_THROTTLE: ThrottlePolicy = { maxFailures: 10, windowMs: 15 * 60_000 };

type AccountCtx = Pick<Context, 'db' | 'now' | 'security' | 'secrets'> & Pick<AuditExtras, 'onRollback'> & { user: NonNullable<Context['user']> };

const TOO_MANY = 'Bạn đã nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.';
const CurrentPasswordSchema = z
  .string({ error: 'Hãy nhập mật khẩu hiện tại.' })
  .min(1, { error: 'Hãy nhập mật khẩu hiện tại.' })
  .max(1024, { error: 'Mật khẩu quá dài.' });

async function loadCredentials(ctx: AccountCtx) {
  const creds = await findUserCredentials(ctx.db, ctx.user.id);
  if (!creds) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.');
  return creds;
}

/**
 * Sensitive changes ask for the password again (ASVS 7.5.1): a session left open on a shared
 * computer is not enough. Wrong answers count towards the same limit as the sign-in form.
 */
async function verifyCurrentPassword(ctx: AccountCtx, password: string) {
  const policy = ctx.security?.throttle ?? DEFAULT_THROTTLE;
  const key = passwordThrottleKey(ctx.user.username);
  const now = ctx.now();
  if (await isThrottled(ctx.db, key, policy, now)) throw new DomainError('RATE_LIMITED', TOO_MANY);
  const creds = await loadCredentials(ctx);
  if (!(await verifyPassword(creds.passwordHash, password))) {
    // The refusal rolls the mutation back; the failure must still count.
    ctx.onRollback((db) => recordThrottleFailure(db, key, policy, now));
    throw new DomainError('VALIDATION', 'Mật khẩu hiện tại không đúng.', { currentPassword: 'Mật khẩu hiện tại không đúng.' });
  }
  await clearThrottle(ctx.db, key);
  return creds;
}

/** Checks an authenticator code against a secret, throttled like passwords; returns its step. */
async function verifyCode(ctx: AccountCtx, secret: string, code: string): Promise<number> {
  const policy = ctx.security?.throttle ?? DEFAULT_THROTTLE;
  const key = totpThrottleKey(ctx.user.id);
  const now = ctx.now();
  if (await isThrottled(ctx.db, key, policy, now)) throw new DomainError('RATE_LIMITED', TOO_MANY);
  const step = matchTotp(secret, code, now);
  if (step === null) {
    // The refusal rolls the mutation back; the failure must still count.
    ctx.onRollback((db) => recordThrottleFailure(db, key, policy, now));
    throw new DomainError('VALIDATION', 'Mã xác thực không đúng hoặc đã hết hạn.', { code: 'Mã xác thực không đúng hoặc đã hết hạn.' });
  }
  await clearThrottle(ctx.db, key);
  return step;
}

/** Tài khoản của tôi: every official manages their own password and second factor. */
export const accountRouter = {
  /** What the account page shows; never the password hash or the secret. */
  security: signedInProcedure.query(async ({ ctx }) => {
    const creds = await loadCredentials(ctx);
    return {
      username: creds.username,
      passwordChangedAt: creds.passwordChangedAt,
      totpEnabled: creds.totpSecret !== null,
      totpEnabledAt: creds.totpEnabledAt,
      sessionSecondFactor: ctx.user.secondFactor,
      requireTotpForReveal: ctx.security?.requireTotpForReveal ?? false,
    };
  }),

  /** Đổi mật khẩu: the other sessions of the account end; this one stays open. */
  changePassword: signedInProcedure.input(ChangePasswordSchema).mutation(async ({ ctx, input }) => {
    const problem = passwordProblem(input.newPassword, { username: ctx.user.username, currentPassword: input.currentPassword });
    if (problem) throw new DomainError('VALIDATION', problem, { newPassword: problem });
    await verifyCurrentPassword(ctx, input.currentPassword);
    await setUserPassword(ctx.db, {
      userId: ctx.user.id,
      passwordHash: await hashPassword(input.newPassword),
      mustChange: false,
      now: ctx.now(),
      keepSession: ctx.sessionId,
    });
    return { changed: true as const };
  }),

  /**
   * Draws a new secret and shows it once (as a QR code and as text). It is kept aside until the
   * official confirms it with a first code, so a scan that failed never locks them out.
   */
  startTotp: signedInProcedure.input(z.strictObject({ currentPassword: CurrentPasswordSchema })).mutation(async ({ ctx, input }) => {
    const creds = await verifyCurrentPassword(ctx, input.currentPassword);
    if (creds.totpSecret) {
      throw new DomainError('VALIDATION', 'Xác thực hai bước đang bật. Hãy tắt trước khi đăng ký ứng dụng xác thực mới.');
    }
    const secret = newTotpSecret();
    await setPendingTotp(ctx.db, ctx.user.id, sealTotpSecret(ctx.secrets.vault, ctx.user.id, secret));
    return totpEnrolment(secret, ctx.user.username);
  }),

  /** The first code proves the app holds the secret; from now on sign-in asks for a code. */
  confirmTotp: signedInProcedure.input(z.strictObject({ code: TotpCodeSchema })).mutation(async ({ ctx, input }) => {
    const creds = await loadCredentials(ctx);
    if (!creds.totpPendingSecret) {
      throw new DomainError('VALIDATION', 'Chưa bắt đầu đăng ký ứng dụng xác thực, hoặc mã bí mật đã được dùng. Hãy bắt đầu lại.');
    }
    const step = await verifyCode(ctx, openTotpSecret(ctx.secrets.vault, ctx.user.id, creds.totpPendingSecret), input.code);
    await enableTotp(ctx.db, { userId: ctx.user.id, sealedSecret: creds.totpPendingSecret, step, now: ctx.now() });
    // The official just proved they hold the authenticator: this session counts as opened with it.
    if (ctx.sessionId) await markSessionSecondFactor(ctx.db, ctx.sessionId);
    return { enabled: true as const };
  }),

  /** Turning the second factor off takes a current code; an official who lost the app asks an administrator. */
  disableTotp: signedInProcedure.input(z.strictObject({ code: TotpCodeSchema })).mutation(async ({ ctx, input }) => {
    const creds = await loadCredentials(ctx);
    if (!creds.totpSecret) throw new DomainError('VALIDATION', 'Xác thực hai bước chưa được bật.');
    const step = await verifyCode(ctx, openTotpSecret(ctx.secrets.vault, ctx.user.id, creds.totpSecret), input.code);
    if (!(await consumeTotpStep(ctx.db, ctx.user.id, step))) {
      throw new DomainError('VALIDATION', 'Mã này vừa được dùng. Hãy chờ mã tiếp theo.', { code: 'Mã này vừa được dùng. Hãy chờ mã tiếp theo.' });
    }
    await disableTotp(ctx.db, ctx.user.id, ctx.now());
    return { enabled: false as const };
  }),
} satisfies TRPCRouterRecord;
