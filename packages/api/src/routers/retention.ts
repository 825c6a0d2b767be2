import { RetentionDestroySchema, RetentionRuleSchema, todayInVietnam } from '@kntc/domain';
import { destroyPetitions, findDestroyedPetitions, findRetentionCandidates, getRetentionRule, updateRetentionRule } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const destroyer = can('retention.destroy');

/**
 * Hủy hồ sơ hết thời hạn lưu (TT 07/2014 Đ28): archived letters kept for the agency's period, then
 * destroyed on the head's decision. Each destruction is audited with the decision and the reason.
 */
export const retentionRouter = {
  /** The period and its legal basis, and the archived letters with the day each may be destroyed. */
  candidates: destroyer.query(async ({ ctx }) => {
    const today = todayInVietnam(ctx.now());
    const { rule, items } = await findRetentionCandidates(ctx.db, { agencyId: ctx.user.agencyId, today });
    return { rule, today, items, destroyed: await findDestroyedPetitions(ctx.db, ctx.user.agencyId) };
  }),

  rule: destroyer.query(({ ctx }) => getRetentionRule(ctx.db, ctx.user.agencyId)),

  updateRule: destroyer.input(RetentionRuleSchema).mutation(async ({ ctx, input }) => {
    ctx.audit.entity = 'retention_rules';
    ctx.audit.note = `Thời hạn lưu đơn xếp lưu: ${input.months} tháng (${input.legalBasis})`;
    return updateRetentionRule(ctx.db, { agencyId: ctx.user.agencyId, userId: ctx.user.id, rule: input });
  }),

  /**
   * Destroys the chosen letters, all or none. Their blobs leave storage once no record uses them,
   * after the destruction has committed (a rolled-back or retried attempt must still find them);
   * a blob that fails to go is left to a later clean-up rather than failing the decision.
   */
  destroy: destroyer.input(RetentionDestroySchema).mutation(async ({ ctx, input }) => {
    const actor = actorOf(ctx);
    ctx.audit.note = `Tiêu hủy ${input.petitionIds.length} đơn theo ${input.decisionRef}: ${input.reason}`;
    const result = await destroyPetitions(ctx.db, { ...actor, petitionIds: input.petitionIds, decisionRef: input.decisionRef, now: ctx.now() });
    const { blobs } = ctx;
    if (blobs) {
      ctx.afterCommit(async () => {
        for (const sha256 of result.orphanBlobs) await blobs.remove(sha256).catch(() => undefined);
      });
    }
    return result;
  }),
} satisfies TRPCRouterRecord;
