import {
  IdSchema,
  listInputSchema,
  ReceptionDirectionCompleteSchema,
  ReceptionDirectionListFilterSchema,
  ReceptionDirectionSortSchema,
  ReceptionSessionCancelSchema,
  ReceptionSessionDataSchema,
  ReceptionSessionListFilterSchema,
  ReceptionSessionRecordSchema,
  ReceptionSessionSortSchema,
  ReceptionSessionStepSchema,
  ReceptionSessionUpdateSchema,
  notFound,
  todayInVietnam,
} from '@kntc/domain';
import {
  cancelReceptionSession,
  completeReceptionDirection,
  createReceptionSession,
  findPeriodicSessionWarnings,
  findReceptionSessionsByIds,
  findVisitsForSession,
  getDocumentFile,
  getReceptionSession,
  getReceptionSessionDetail,
  listReceptionDirections,
  listReceptionSessions,
  publishReceptionSession,
  recordReceptionSession,
  updateReceptionSession,
} from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { signerOf } from '../documents/signer.js';
import { can } from '../trpc.js';

const reader = can('reception.read');
const writer = can('reception.write');
const publisher = can('reception.publish');

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Lịch tiếp công dân của Thủ trưởng: reception officers and inspectors plan and record sessions,
 * the Director and deputies publish them, leaders and the auditor read them.
 */
export const receptionSessionsRouter = {
  list: reader
    .input(listInputSchema(ReceptionSessionSortSchema, ReceptionSessionListFilterSchema))
    .query(({ ctx, input }) => listReceptionSessions(ctx.db, { agencyId: ctx.user.agencyId, ...input })),

  /** The session with the visits heard and the directions given, for its page. */
  getOne: reader
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getReceptionSessionDetail(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader.input(z.strictObject({ ids: z.array(IdSchema).max(200) })).query(({ ctx, input }) => findReceptionSessionsByIds(ctx.db, ctx.user.agencyId, input.ids)),

  /** "Tháng MM/YYYY chưa có lịch tiếp công dân định kỳ của Giám đốc", for the next 12 months. */
  monthWarnings: reader.query(({ ctx }) => findPeriodicSessionWarnings(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()) })),

  /** That day's register lines of the same kind, to link when recording the session. */
  visitsForRecord: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => findVisitsForSession(ctx.db, ctx.user.agencyId, input.id)),

  create: writer.input(ReceptionSessionDataSchema).mutation(({ ctx, input }) => createReceptionSession(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(ReceptionSessionUpdateSchema).mutation(({ ctx, input }) => updateReceptionSession(ctx.db, { ...actorOf(ctx), ...input })),

  cancel: writer.input(ReceptionSessionCancelSchema).mutation(({ ctx, input }) => cancelReceptionSession(ctx.db, { ...actorOf(ctx), ...input })),

  publish: publisher.input(ReceptionSessionStepSchema).mutation(({ ctx, input }) => publishReceptionSession(ctx.db, { ...actorOf(ctx), ...input })),

  /** Ghi kết quả: issues the Thông báo kết luận, signed by delegation of the Director. */
  record: writer
    .input(ReceptionSessionRecordSchema)
    .mutation(({ ctx, input }) => recordReceptionSession(ctx.db, { ...actorOf(ctx), input, signer: signerOf(ctx.user) })),

  /** Theo dõi chỉ đạo, filterable by status (overdue derived in Vietnam time). */
  directions: reader
    .input(listInputSchema(ReceptionDirectionSortSchema, ReceptionDirectionListFilterSchema))
    .query(({ ctx, input }) => listReceptionDirections(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  completeDirection: writer
    .input(ReceptionDirectionCompleteSchema)
    .mutation(({ ctx, input }) => completeReceptionDirection(ctx.db, { ...actorOf(ctx), ...input })),

  /** The conclusion notice as issued (.docx), for the session page's download button. */
  conclusionFile: reader.input(z.strictObject({ id: IdSchema })).query(async ({ ctx, input }) => {
    const session = await getReceptionSession(ctx.db, ctx.user.agencyId, input.id);
    if (!session.conclusionDocumentId) throw notFound('thông báo kết luận của buổi tiếp');
    const file = await getDocumentFile(ctx.db, { agencyId: ctx.user.agencyId, id: session.conclusionDocumentId });
    return { fileName: file.fileName, mimeType: DOCX, base64: file.content.toString('base64') };
  }),
} satisfies TRPCRouterRecord;
