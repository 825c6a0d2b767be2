import { passwordProblem, type LoginInput } from '@kntc/domain';
import {
  clearThrottle,
  consumeTotpStep,
  createSession,
  deleteSession,
  findUserForLogin,
  getDummyHash,
  hashPassword,
  isThrottled,
  recordThrottleFailure,
  setUserPassword,
  verifyPassword,
  type Db,
  type ThrottlePolicy,
  type VaultKeyring,
} from '@kntc/db';
import { matchTotp, openTotpSecret } from './totp.js';

export type LoginResult =
  | { ok: true; token: string; expiresAt: Date; userId: string; secondFactor: boolean }
  | {
      ok: false;
      /**
       * wrong: unknown user, inactive account or wrong password (one answer for all three).
       * throttled: too many failures for this account or its code step.
       * passwordChangeRequired / newPasswordRejected: an administrator's temporary password must be replaced.
       * totpRequired / totpWrong: the account has an authenticator; no session until its code is right.
       */
      reason: 'wrong' | 'throttled' | 'passwordChangeRequired' | 'newPasswordRejected' | 'totpRequired' | 'totpWrong';
      fieldErrors?: Record<string, string>;
    };

export type LoginOptions = {
  absoluteTimeoutMs: number;
  userAgent?: string | undefined;
  ipAddress?: string | undefined;
  now?: Date;
  /** Failed attempts per account; without it (tests of other features) nothing is counted. */
  throttle?: ThrottlePolicy;
  /** Opens sealed TOTP secrets; an account with an authenticator cannot sign in without it. */
  vault?: VaultKeyring;
};

export const passwordThrottleKey = (username: string) => `password:${username.trim().toLowerCase()}`;
export const totpThrottleKey = (userId: string) => `totp:${userId}`;

/**
 * Checks the credentials step by step and opens a server-side session only when all pass:
 * password, then the new password if the current one is an administrator's temporary one, then the
 * authenticator code. Unknown users cost the same argon2 verification as wrong passwords, so timing
 * does not reveal usernames. A new password is set only once the code (if any) is right, and it
 * ends every other session of the account.
 */
export async function login(db: Db, input: LoginInput, options: LoginOptions): Promise<LoginResult> {
  const now = options.now ?? new Date();
  const policy = options.throttle;
  const accountKey = passwordThrottleKey(input.username);
  const fail = async (key: string, reason: 'wrong' | 'totpWrong'): Promise<LoginResult> => {
    if (policy) await recordThrottleFailure(db, key, policy, now);
    return { ok: false, reason };
  };

  if (policy && (await isThrottled(db, accountKey, policy, now))) return { ok: false, reason: 'throttled' };
  const user = await findUserForLogin(db, input.username);
  if (!user || !user.isActive) {
    await verifyPassword(await getDummyHash(), input.password);
    return fail(accountKey, 'wrong');
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return fail(accountKey, 'wrong');

  if (user.mustChangePassword) {
    if (input.newPassword === undefined) return { ok: false, reason: 'passwordChangeRequired' };
    const problem = passwordProblem(input.newPassword, { username: user.username, currentPassword: input.password });
    if (problem) return { ok: false, reason: 'newPasswordRejected', fieldErrors: { newPassword: problem } };
  }

  let secondFactor = false;
  if (user.totpSecret) {
    if (input.totpCode === undefined) return { ok: false, reason: 'totpRequired' };
    const codeKey = totpThrottleKey(user.id);
    if (policy && (await isThrottled(db, codeKey, policy, now))) return { ok: false, reason: 'throttled' };
    if (!options.vault) return { ok: false, reason: 'totpWrong' };
    const step = matchTotp(openTotpSecret(options.vault, user.id, user.totpSecret), input.totpCode, now);
    // A code already used (its step or a later one claimed) is refused like a wrong one.
    if (step === null || !(await consumeTotpStep(db, user.id, step))) return fail(codeKey, 'totpWrong');
    if (policy) await clearThrottle(db, codeKey);
    secondFactor = true;
  }

  if (policy) await clearThrottle(db, accountKey);
  if (user.mustChangePassword && input.newPassword !== undefined) {
    await setUserPassword(db, { userId: user.id, passwordHash: await hashPassword(input.newPassword), mustChange: false, now });
  }
  const session = await createSession(db, {
    userId: user.id,
    ttlMs: options.absoluteTimeoutMs,
    userAgent: options.userAgent,
    ipAddress: options.ipAddress,
    secondFactor,
    now,
  });
  return { ok: true, ...session, userId: user.id, secondFactor };
}

export const logout = (db: Db, token: string) => deleteSession(db, token);
