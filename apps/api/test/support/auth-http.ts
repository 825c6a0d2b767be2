import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';

export const DEMO_PASSWORD = 'kntc-demo-2026';

let nextAddress = 1;
/** A fresh client address per call, so the per-address limit only bites where a test wants it to. */
export const freshAddress = () => `203.0.113.${nextAddress++ % 250}`;

export type SignIn = { username: string; password?: string; totpCode?: string; newPassword?: string; address?: string; cookie?: string };

export function signIn(app: FastifyInstance, { address, cookie, password = DEMO_PASSWORD, ...body }: SignIn) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { ...body, password },
    remoteAddress: address ?? freshAddress(),
    ...(cookie ? { headers: { cookie } } : {}),
  });
}

/** The session cookie a response set, as a Cookie header value. */
export function cookieOf(res: LightMyRequestResponse, name = 'kntc_session'): string {
  const cookie = res.cookies.find((c) => c.name === name);
  if (!cookie) throw new Error(`no ${name} cookie in ${res.statusCode} ${res.body}`);
  return `${name}=${cookie.value}`;
}

export async function signedInCookie(app: FastifyInstance, username: string, password = DEMO_PASSWORD) {
  const res = await signIn(app, { username, password });
  expect(res.statusCode, res.body).toBe(200);
  return cookieOf(res);
}

export const me = (app: FastifyInstance, cookie: string) => app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

export const trpcQuery = (app: FastifyInstance, cookie: string, path: string, input?: unknown) =>
  app.inject({
    method: 'GET',
    url: `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
    headers: { cookie },
  });

export const trpcMutation = (app: FastifyInstance, cookie: string, path: string, input: unknown) =>
  app.inject({ method: 'POST', url: `/trpc/${path}`, headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify(input) });

/** tRPC's result payload, failing the test with the server's answer when the call did not succeed. */
export function dataOf<T = unknown>(res: LightMyRequestResponse): T {
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { result: { data: T } }).result.data;
}
