export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
export { createCallerFactory } from './trpc.js';
export type { Context } from './context.js';
export { login, logout, type LoginResult } from './auth/login.js';
export { toTRPCError } from './errors.js';
