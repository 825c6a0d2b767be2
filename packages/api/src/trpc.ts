import { isDomainError, type ActionCode, type PermissionRow, type RoleCode } from '@kntc/domain';
import { loadRolePermissions } from '@kntc/db';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import { runAudited } from './audit/record-mutation.js';
import { hideContactFields } from './authorization/contact-fields.js';
import type { Context } from './context.js';
import { fieldErrorsOf, INTERNAL_MESSAGE, INVALID_INPUT_MESSAGE, protocolErrorMessage, toTRPCError } from './errors.js';

/**
 * What each procedure declares about who may call it. Every procedure of the app router carries
 * exactly one of these; the authorisation matrix test enumerates the router to make sure.
 */
export type ProcedureMeta = {
  /** The action of the permission matrix it needs (see `can`). */
  action?: ActionCode;
  /** Open without signing in: the transparency site's reads, logging in. */
  public?: boolean;
  /** Any signed-in official whatever their role: their own session, reference data every form reads. */
  signedIn?: boolean;
};

const t = initTRPC.context<Context>().meta<ProcedureMeta>().create({
  // Stack traces never leave the server; they are logged with the request id instead.
  isDev: false,
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error);
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_MESSAGE
        : error.cause instanceof ZodError
          ? INVALID_INPUT_MESSAGE
          : (protocolErrorMessage(error) ?? shape.message);
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors: fieldErrors ?? null } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const { error } = result;
  // tRPC wraps whatever a resolver throws as INTERNAL_SERVER_ERROR around the original: map that
  // original. An error tRPC itself raised with a client code (PARSE_ERROR for a query's malformed
  // JSON input) keeps its code; unwrapping it would turn the client's mistake into a 500.
  const unwrap = error.code === 'INTERNAL_SERVER_ERROR' || error.cause instanceof ZodError || isDomainError(error.cause);
  throw unwrap ? toTRPCError(error.cause ?? error) : error;
});

/**
 * The matrix is read at most once per request: a batched request and a test caller share the
 * context object the host created, which keys this memo, so a batch sees one consistent matrix.
 */
const permissionMemo = new WeakMap<object, Map<RoleCode, Promise<PermissionRow>>>();
const memoisePermissions = t.middleware(({ ctx, next }) => {
  let memo = permissionMemo.get(ctx);
  if (!memo) {
    memo = new Map();
    permissionMemo.set(ctx, memo);
  }
  const roles = memo;
  const permissionsOf = (role: RoleCode): Promise<PermissionRow> => {
    let loaded = roles.get(role);
    if (!loaded) {
      loaded = loadRolePermissions(ctx.db, role);
      roles.set(role, loaded);
    }
    return loaded;
  };
  return next({ ctx: { permissionsOf } });
});

/**
 * Every mutation runs in one transaction (ctx.db is that transaction) that ends by appending its
 * hash-chained audit row; a failed procedure rolls back with its row. It comes before the
 * permission memo so that a mutation reads the matrix inside its own transaction: PGlite's single
 * connection would otherwise wait on itself. The transaction is run again on a deadlock or
 * serialisation failure, and a request sent again with its Idempotency-Key gets the first answer.
 */
const auditMutations = t.middleware(({ ctx, type, path, getRawInput, next }) => {
  type Result = Awaited<ReturnType<typeof next>>;
  // A replayed answer is the success result the resolver gave the first time; tRPC reads only ok
  // and data from it (the marker is a type brand it never checks at run time).
  const replay = (data: unknown) => ({ ok: true, data, marker: 'middlewareMarker' }) as unknown as Result;
  return runAudited({ ctx, type, path, getRawInput }, (extras) => next({ ctx: extras }), replay);
});

const baseProcedure = t.procedure.use(mapErrors).use(auditMutations).use(memoisePermissions);

/** Open to anyone; only for the public router and signing in. */
export const publicProcedure = baseProcedure.meta({ public: true });

/**
 * Narrows ctx.user to a signed-in official. A building block for `can` and `signedInProcedure`:
 * a procedure built on it directly declares no permission and fails the authorisation matrix test.
 */
export const protectedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** Any signed-in official: for what is theirs alone or what every screen needs to read. */
export const signedInProcedure = protectedProcedure.meta({ signedIn: true });

export const FORBIDDEN_MESSAGE = 'Bạn không có quyền thực hiện thao tác này.';

/**
 * A procedure open to the roles the permission matrix grants `action`. It passes the granted scope
 * (`ctx.scope`: own, unit or agency) and the role's whole row (`ctx.permissions`) down to the
 * resolver, which narrows what it reads and writes accordingly. Without `petition.readContact`
 * the output loses every sender's contact details here, in one place for all procedures.
 */
export const can = (action: ActionCode) =>
  protectedProcedure.meta({ action }).use(async ({ ctx, next }) => {
    const permissions = await ctx.permissionsOf(ctx.user.role);
    const scope = permissions[action];
    if (!scope) throw new TRPCError({ code: 'FORBIDDEN', message: FORBIDDEN_MESSAGE });
    const result = await next({ ctx: { scope, permissions } });
    if (!result.ok || permissions['petition.readContact']) return result;
    return { ...result, data: hideContactFields(result.data) };
  });
