import type { TRPCRouterRecord } from '@trpc/server';
import { protectedProcedure } from '../trpc.js';

export const sessionRouter = {
  /** The signed-in official, for the back office's header and permission checks. */
  me: protectedProcedure.query(({ ctx }) => ctx.user),
} satisfies TRPCRouterRecord;
