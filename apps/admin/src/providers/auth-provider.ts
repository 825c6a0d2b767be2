import type { RouterOutputs } from '@kntc/api/client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { loginStepOf } from '../account/login-steps';
import { canAccess } from './access';

export type SessionUser = RouterOutputs['session']['me'];

/** The later sign-in steps add the new password and the authenticator code (see account/login-steps). */
type LoginParams = { username?: unknown; password?: unknown; newPassword?: unknown; totpCode?: unknown };

const LOGIN_FAILED = 'Đăng nhập không thành công. Vui lòng thử lại.';
const SESSION_ENDED = 'Phiên làm việc đã kết thúc. Vui lòng đăng nhập lại.';

const messageOf = (body: unknown): string | undefined =>
  typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string'
    ? body.message
    : undefined;

const userOf = (body: unknown): SessionUser | undefined =>
  typeof body === 'object' && body !== null && 'user' in body && typeof body.user === 'object' && body.user !== null
    ? (body.user as SessionUser)
    : undefined;

const statusOf = (error: unknown): number | undefined =>
  typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number'
    ? error.status
    : undefined;

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Cookie session kept by the API: the browser holds an HttpOnly cookie that scripts
 * never see, so "logged in" is whatever /api/auth/me answers.
 */
export function createAuthProvider(baseUrl = ''): AuthProvider {
  // The last answer of /api/auth/me serves identity, permissions and access checks.
  let current: Promise<SessionUser | undefined> | undefined;
  // react-admin checks auth from several places at once on load; they share one request.
  let inflight: Promise<SessionUser | undefined> | undefined;

  const fetchMe = async (): Promise<SessionUser | undefined> => {
    const response = await fetch(`${baseUrl}/api/auth/me`, { headers: { Accept: 'application/json' } });
    return response.ok ? userOf(await readJson(response)) : undefined;
  };

  const refreshMe = () => {
    inflight ??= fetchMe()
      .catch(() => undefined)
      .finally(() => {
        inflight = undefined;
      });
    current = inflight;
    return inflight;
  };

  const me = () => current ?? refreshMe();

  const requireUser = async (): Promise<SessionUser> => {
    const user = await me();
    if (!user) throw new Error(SESSION_ENDED);
    return user;
  };

  return {
    async login({ username, password, newPassword, totpCode }: LoginParams) {
      const response = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ username, password, ...(newPassword ? { newPassword } : {}), ...(totpCode ? { totpCode } : {}) }),
      });
      const body = await readJson(response);
      // The password was right but the server needs one more step: the login form shows it.
      const step = loginStepOf(response.status, body);
      if (step) throw step;
      // The server's own Vietnamese message: wrong credentials, throttling or missing fields.
      if (!response.ok) throw new Error(messageOf(body) ?? LOGIN_FAILED);
      // A /me request started before login must not answer for the new session.
      inflight = undefined;
      current = Promise.resolve(userOf(body));
    },

    async logout() {
      current = undefined;
      inflight = undefined;
      await fetch(`${baseUrl}/api/auth/logout`, { method: 'POST' }).catch(() => undefined);
    },

    async checkAuth() {
      const previous = current;
      // Always ask the server on navigation: an idle timeout may have ended the session.
      if (await refreshMe()) return;
      const hadSession = previous !== undefined && (await previous) !== undefined;
      // No toast on a first visit to the login page; one when a live session has ended.
      throw hadSession ? new Error(SESSION_ENDED) : { message: false };
    },

    async checkError(error: unknown) {
      if (statusOf(error) === 401) {
        current = undefined;
        throw new Error(SESSION_ENDED);
      }
      // 403 keeps the session: the view shows the server's message ("Bạn không có quyền…").
    },

    async getIdentity(): Promise<UserIdentity> {
      const user = await requireUser();
      return { ...user, id: user.id, fullName: user.fullName };
    },

    /** The role's row of the permission matrix: what `usePermissions()` gives the screens. */
    async getPermissions() {
      const user = await me();
      return user?.permissions;
    },

    async canAccess({ action, resource, record }) {
      const user = await me();
      return user !== undefined && canAccess(user.permissions, resource, { action, record });
    },
  };
}

export const authProvider = createAuthProvider();
