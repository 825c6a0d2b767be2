import { type RoleCode } from '@kntc/domain';
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context.js';
import { fieldErrorsOf, INTERNAL_MESSAGE, INVALID_INPUT_MESSAGE, toTRPCError } from './errors.js';

const t = initTRPC.context<Context>().create({
  // Stack traces never leave the server; they are logged with the request id instead.
  isDev: false,
  errorFormatter({ shape, error }) {
    const fieldErrors = fieldErrorsOf(error);
    const message =
      error.code === 'INTERNAL_SERVER_ERROR'
        ? INTERNAL_MESSAGE
        : error.cause instanceof ZodError
          ? INVALID_INPUT_MESSAGE
          : shape.message;
    const { stack: _stack, ...data } = shape.data;
    return { ...shape, message, data: { ...data, fieldErrors: fieldErrors ?? null } };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

const mapErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) throw toTRPCError(result.error.cause ?? result.error);
  return result;
});

export const publicProcedure = t.procedure.use(mapErrors);

/** Narrows ctx.user to a signed-in official. */
export const protectedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.' });
  return next({ ctx: { ...ctx, user: ctx.user } });
});

/** A procedure open only to the given roles. */
export const roleProcedure = (roles: readonly RoleCode[]) =>
  protectedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.user.role)) {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' });
    }
    return next();
  });
