import { todayInVietnam } from '@kntc/domain';
import { remindersFor } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { can } from '../trpc.js';

/** In-app reminders for the signed-in official, tiered by role (see remindersFor); for those who handle letters. */
export const remindersRouter = {
  mine: can('petition.read').query(({ ctx }) =>
    remindersFor(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, role: ctx.user.role, unitId: ctx.user.unitId, today: todayInVietnam(ctx.now()) }),
  ),
} satisfies TRPCRouterRecord;
