import { todayInVietnam } from '@kntc/domain';
import { remindersFor } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { protectedProcedure } from '../trpc.js';

/** In-app reminders for the signed-in official, tiered by role (see remindersFor). */
export const remindersRouter = {
  mine: protectedProcedure.query(({ ctx }) =>
    remindersFor(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, role: ctx.user.role, unitId: ctx.user.unitId, today: todayInVietnam(ctx.now()) }),
  ),
} satisfies TRPCRouterRecord;
