import { todayInVietnam } from '@kntc/domain';

/** Who acts and on which legal day: every workflow step takes this from the request context. */
export const actorOf = (ctx: { user: { agencyId: string; id: string }; now: () => Date }) => ({
  agencyId: ctx.user.agencyId,
  userId: ctx.user.id,
  today: todayInVietnam(ctx.now()),
});
