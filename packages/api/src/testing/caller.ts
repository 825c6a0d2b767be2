import { TRPCError } from '@trpc/server';
import { findSessionUser, type DbHandle } from '@kntc/db';
import { testVaultKeyring } from '@kntc/db/testing';
import type { RoleCode } from '@kntc/domain';
import { createCallerFactory } from '../trpc.js';
import { appRouter } from '../root.js';
import type { Context } from '../context.js';
import { login } from '../auth/login.js';

const createCaller = createCallerFactory(appRouter);

/** A caller signed in as a demo user, through the real login and session code. */
export async function callerAs(handle: DbHandle, username: string | null, options: { now?: () => Date } = {}) {
  let user: Context['user'] = null;
  if (username) {
    const result = await login(handle.db, { username, password: 'kntc-demo-2026' }, { absoluteTimeoutMs: 3_600_000 });
    if (!result.ok) throw new Error(`demo login failed for ${username}`);
    user = await findSessionUser(handle.db, { token: result.token, idleTimeoutMs: 1_800_000 });
  }
  return createCaller({
    db: handle.db,
    dbKind: handle.kind,
    user,
    requestId: 'test',
    ipAddress: '127.0.0.1',
    now: options.now ?? (() => new Date()),
    secrets: { tracking: Buffer.from('test-tracking-secret-32-bytes!!!'), vault: testVaultKeyring },
  });
}

/** A call's result as one comparable string: 'OK', or the tRPC code with the message the user would read. */
export const outcomeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'OK',
    (e: unknown) => (e instanceof TRPCError ? `${e.code}: ${e.message}` : String(e)),
  );

/** The tRPC error a call was refused with; fails the test when the call succeeds or fails otherwise. */
export async function rejection(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** One demo account per default role. */
export const demoUserOf: Record<RoleCode, string> = {
  director: 'giamdoc',
  deputy_director: 'phogiamdoc',
  unit_head: 'chanhthanhtra',
  inspector: 'thanhtravien',
  reception_officer: 'tiepdan',
  admin_clerk: 'vanthu',
  sysadmin: 'quantri',
  auditor: 'kiemtra',
};
