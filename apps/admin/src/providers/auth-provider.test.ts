import { defaultPermissionMatrix } from '@kntc/domain';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAuthProvider } from './auth-provider';

const user = {
  id: 'c0556ea1-bf99-5685-a3cb-715754a4d9c0',
  username: 'tiepdan',
  fullName: 'Y Blưu Niê',
  position: 'Chuyên viên tiếp công dân',
  role: 'reception_officer',
  roleLabel: 'Cán bộ tiếp công dân',
  agencyId: 'c565c032-a817-5d21-9bbf-d1a4d5075128',
  agencyName: 'Sở Nội vụ',
  unitId: null,
  unitName: null,
  permissions: defaultPermissionMatrix.reception_officer,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function stubFetch(handler: (url: string, init?: RequestInit) => Response) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => handler(url, init));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('authProvider', () => {
  it('shows the server message when login fails', async () => {
    stubFetch(() => json(401, { message: 'Tên đăng nhập hoặc mật khẩu không đúng.' }));
    await expect(createAuthProvider().login({ username: 'tiepdan', password: 'x' })).rejects.toThrow(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
  });

  it('answers identity and permissions from the login response', async () => {
    const fetchMock = stubFetch(() => json(200, { user }));
    const auth = createAuthProvider();
    await auth.login({ username: 'tiepdan', password: 'kntc-demo-2026' });
    expect(await auth.getPermissions?.({})).toEqual(defaultPermissionMatrix.reception_officer);
    expect(await auth.getIdentity?.()).toMatchObject({ id: user.id, fullName: 'Y Blưu Niê' });
    expect(await auth.canAccess?.({ action: 'create', resource: 'petitions' })).toBe(true);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('shares one /api/auth/me request between simultaneous checks', async () => {
    const fetchMock = stubFetch(() => json(200, { user }));
    const auth = createAuthProvider();
    await Promise.all([auth.checkAuth({}), auth.checkAuth({}), auth.checkAuth({})]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('stays quiet on a first visit without a session', async () => {
    stubFetch(() => json(401, { message: 'Chưa đăng nhập' }));
    await expect(createAuthProvider().checkAuth({})).rejects.toEqual({ message: false });
  });

  it('logs out on 401 but keeps the session on 403', async () => {
    const auth = createAuthProvider();
    await expect(auth.checkError({ status: 401 })).rejects.toThrow();
    await expect(auth.checkError({ status: 403 })).resolves.toBeUndefined();
  });
});
