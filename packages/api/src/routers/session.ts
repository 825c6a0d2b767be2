import type { TRPCRouterRecord } from '@trpc/server';
import { signedInProcedure } from '../trpc.js';

export const sessionRouter = {
  /**
   * The signed-in official with their role's row of the permission matrix, so the back office
   * offers only what the server would accept (the server still checks every call).
   */
  me: signedInProcedure.query(async ({ ctx }) => ({ ...ctx.user, permissions: await ctx.permissionsOf(ctx.user.role) })),
} satisfies TRPCRouterRecord;
