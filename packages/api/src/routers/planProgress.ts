import { todayInVietnam } from '@kntc/domain';
import { findPlanProgress } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { can } from '../trpc.js';

/** Tiến độ thực hiện kế hoạch năm: the leaders' view and the dashboard's tile. */
export const planProgressRouter = {
  /** The year's plans, every item with its status today and latest note, and the counts over them. */
  summary: can('plan.read')
    .input(z.strictObject({ year: z.number({ error: 'Hãy chọn năm.' }).int().min(2000, { error: 'Năm không hợp lệ.' }).max(2100, { error: 'Năm không hợp lệ.' }) }))
    .query(({ ctx, input }) => findPlanProgress(ctx.db, { agencyId: ctx.user.agencyId, year: input.year, today: todayInVietnam(ctx.now()) })),
} satisfies TRPCRouterRecord;
