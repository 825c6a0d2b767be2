import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Env } from './env.js';

export const SESSION_COOKIE = 'kntc_session';

export const sessionToken = (req: FastifyRequest): string | undefined => req.cookies[SESSION_COOKIE] || undefined;

export const idleTimeoutMs = (env: Env) => env.SESSION_IDLE_MINUTES * 60_000;
export const absoluteTimeoutMs = (env: Env) => env.SESSION_ABSOLUTE_HOURS * 3_600_000;

export function setSessionCookie(reply: FastifyReply, env: Env, token: string, expiresAt: Date) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    // The back office calls the API from its own origin, so Strict costs nothing and stops cross-site sends.
    sameSite: 'strict',
    secure: env.SECURE_COOKIES ?? env.NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, env: Env) {
  reply.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'strict', secure: env.SECURE_COOKIES ?? env.NODE_ENV === 'production' });
}
