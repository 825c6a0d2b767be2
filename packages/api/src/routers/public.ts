import {
  citizenGuideRuleKeys,
  deadlineUnitLabels,
  DomainError,
  findRuleInForce,
  normalizeTrackingCode,
  PaginationSchema,
  publicationKinds,
  todayInVietnam,
} from '@kntc/domain';
import {
  findPublicTrackingStatus,
  getPublicPublication,
  getPublicReceptionSchedule,
  getPublicStatistics,
  listPublicPublications,
  loadDeadlineRules,
  publicPublicationFacets,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { trackingHash } from '../tracking.js';
import { publicProcedure } from '../trpc.js';

/** Procedures that take nothing still refuse unknown fields. */
const NoInputSchema = z.strictObject({}).optional();

const YearSchema = z.number().int('Năm phải là số nguyên.').min(2000, 'Năm không hợp lệ.').max(2100, 'Năm không hợp lệ.');

export const PublicPublicationListInputSchema = z.strictObject({
  pagination: PaginationSchema.default({ page: 1, perPage: 20 }),
  q: z.string().max(200, 'Từ khóa tìm kiếm tối đa 200 ký tự.').optional(),
  year: YearSchema.optional(),
  kind: z.enum(publicationKinds, { error: 'Loại văn bản không hợp lệ.' }).optional(),
  agency: z.uuid({ error: 'Cơ quan không hợp lệ.' }).optional(),
  field: z.string().trim().min(1).max(100, 'Lĩnh vực không hợp lệ.').optional(),
});

export const TRACKING_RATE_LIMIT_MESSAGE = 'Bạn đã tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ít phút.';

/**
 * Everything the transparency site may read. Each procedure returns a fixed projection of
 * published, redacted or aggregate data; no confidential column is reachable from here.
 */
export const publicRouter = {
  /** Published and taken-down conclusions and decisions, filtered; stable order (published desc, slug). */
  publications: publicProcedure
    .input(PublicPublicationListInputSchema)
    .query(({ ctx, input }) => listPublicPublications(ctx.db, { ...input, today: todayInVietnam(ctx.now()) })),
  /** The values the list can be filtered by, only those that find something. */
  publicationFacets: publicProcedure.input(NoInputSchema).query(({ ctx }) => publicPublicationFacets(ctx.db)),
  /** One published conclusion or decision: the approved redacted copy, never the source it was made from. */
  publication: publicProcedure
    .input(z.strictObject({ slug: z.string().trim().min(1).max(200) }))
    .query(({ ctx, input }) => getPublicPublication(ctx.db, input.slug, todayInVietnam(ctx.now()))),
  /** Where and when citizens are received, and the head's published sessions (Luật TCD Đ24.2). */
  receptionSchedule: publicProcedure.input(NoInputSchema).query(({ ctx }) => getPublicReceptionSchedule(ctx.db, todayInVietnam(ctx.now()))),
  /**
   * A letter's coarse status by the tracking code on its receipt. A malformed code is hashed like
   * any other and looked up the same way, so neither the answer nor its timing tells a malformed
   * code from an unknown one. Limited per client address (`ctx.lookupLimiter`, set by the HTTP
   * host). The public site calls this from its server on behalf of visitors: the API sees the
   * site's address unless TRUST_PROXY lets it read the visitor's from X-Forwarded-For, so the site
   * also limits per visitor address before calling.
   */
  trackLetter: publicProcedure
    .input(z.strictObject({ code: z.string().max(100, 'Mã tra cứu không hợp lệ.') }))
    .query(async ({ ctx, input }) => {
      if (ctx.lookupLimiter && !ctx.lookupLimiter.take(ctx.ipAddress ?? 'unknown', ctx.now())) {
        throw new DomainError('RATE_LIMITED', TRACKING_RATE_LIMIT_MESSAGE);
      }
      const canonical = normalizeTrackingCode(input.code);
      const status = await findPublicTrackingStatus(ctx.db, trackingHash(ctx.secrets.tracking, canonical ?? `malformed:${input.code}`));
      return status
        ? { found: true as const, statusLabel: status.statusLabel, nextDate: status.nextDate, nextDateLabel: status.nextDateLabel }
        : { found: false as const };
    }),
  /** Letters received, handled (on time) and cases resolved per quarter of a year: aggregates only. */
  statistics: publicProcedure
    .input(z.strictObject({ year: YearSchema.optional() }).default({}))
    .query(({ ctx, input }) => getPublicStatistics(ctx.db, { year: input.year, currentYear: Number(todayInVietnam(ctx.now()).slice(0, 4)) })),
  /** The deadlines in force today that a citizen needs: filing limits and how long the agency has to act. */
  guide: publicProcedure.input(NoInputSchema).query(async ({ ctx }) => {
    const today = todayInVietnam(ctx.now());
    const rules = await loadDeadlineRules(ctx.db);
    return {
      deadlines: citizenGuideRuleKeys.flatMap((key) => {
        const rule = findRuleInForce(key, today, rules);
        if (!rule) return [];
        return [{ key, label: rule.label, days: rule.days, unit: rule.unit, unitLabel: deadlineUnitLabels[rule.unit], basis: rule.basis, startEvent: rule.startEvent }];
      }),
    };
  }),
} satisfies TRPCRouterRecord;
