export { appRouter, type AppRouter, type RouterInputs, type RouterOutputs } from './root.js';
export { createCallerFactory } from './trpc.js';
export type { Context } from './context.js';
export { login, logout, passwordThrottleKey, totpThrottleKey, type LoginOptions, type LoginResult } from './auth/login.js';
export { assertSecondFactorForReveal } from './auth/second-factor.js';
export { currentTotpCode } from './auth/totp.js';
export { DATABASE_UNAVAILABLE_MESSAGE, INVALID_VALUE_MESSAGE, isInvalidValueError, toTRPCError, UNSUPPORTED_MEDIA_MESSAGE } from './errors.js';
export { createLookupLimiter, type LookupLimiter } from './lookup-limit.js';
export { IDEMPOTENCY_HEADER, idempotencyKeyOf } from './audit/idempotency.js';
