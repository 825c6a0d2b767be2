import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from './env.js';

/** Plain HTTP (this machine, tests): browsers refuse `__Host-` cookies without Secure. */
export const SESSION_COOKIE = 'kntc_session';
/**
 * Over TLS the `__Host-` prefix makes the browser insist on Secure, Path=/ and no Domain, so a
 * sibling subdomain cannot plant or overwrite the session cookie (ASVS 3.3.1).
 */
export const SECURE_SESSION_COOKIE = '__Host-kntc_session';

type CookieEnv = Pick<Env, 'SECURE_COOKIES' | 'NODE_ENV'>;

/** The installation is configured as served over TLS (SECURE_COOKIES, or production by default). */
export const configuredSecure = (env: CookieEnv) => env.SECURE_COOKIES ?? env.NODE_ENV === 'production';

/** This request arrived over TLS, directly or (with TRUST_PROXY) as the proxy's X-Forwarded-Proto says. */
export const isSecureRequest = (req: FastifyRequest, env: CookieEnv) => configuredSecure(env) || req.protocol === 'https';

export const sessionCookieName = (env: CookieEnv) => (configuredSecure(env) ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

export const sessionToken = (req: FastifyRequest, env: CookieEnv): string | undefined => req.cookies[sessionCookieName(env)] || undefined;

export const idleTimeoutMs = (env: Env) => env.SESSION_IDLE_MINUTES * 60_000;
export const absoluteTimeoutMs = (env: Env) => env.SESSION_ABSOLUTE_HOURS * 3_600_000;

export function setSessionCookie(req: FastifyRequest, reply: FastifyReply, env: CookieEnv, token: string, expiresAt: Date) {
  reply.setCookie(sessionCookieName(env), token, {
    httpOnly: true,
    // The back office calls the API from its own origin, so Strict costs nothing and stops cross-site sends.
    sameSite: 'strict',
    secure: isSecureRequest(req, env),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(req: FastifyRequest, reply: FastifyReply, env: CookieEnv) {
  reply.clearCookie(sessionCookieName(env), { path: '/', httpOnly: true, sameSite: 'strict', secure: isSecureRequest(req, env) });
}
