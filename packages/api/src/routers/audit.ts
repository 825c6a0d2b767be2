import { AUDIT_EXPORT_MAX_ROWS, AuditExportInputSchema, AuditListInputSchema, DomainError, todayInVietnam } from '@kntc/domain';
import { findAuditEntries, getAuditEntry, streamAuditEntries, type AuditListItem } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { auditCsv, auditWorkbook } from '../audit/export-file.js';
import { can } from '../trpc.js';

const reader = can('audit.read');

/** Nhật ký kiểm tra: the auditor browses and exports the append-only log of every write. */
export const auditRouter = {
  /** Newest first; filters by official, action (or its area), record and day range. */
  list: reader.input(AuditListInputSchema).query(({ ctx, input }) =>
    findAuditEntries(ctx.db, {
      agencyId: ctx.user.agencyId,
      filter: input.filter ?? {},
      page: input.pagination.page,
      perPage: input.pagination.perPage,
    }),
  ),

  getOne: reader.input(z.strictObject({ id: z.number().int().min(1) })).query(async ({ ctx, input }) => {
    const entry = await getAuditEntry(ctx.db, { agencyId: ctx.user.agencyId, seq: input.id });
    if (!entry) throw new DomainError('NOT_FOUND', 'Không tìm thấy dòng nhật ký.');
    return entry;
  }),

  /**
   * The filtered log as an Excel workbook or CSV, up to AUDIT_EXPORT_MAX_ROWS rows. A mutation,
   * not a query, so that taking a copy of the log is itself written to the log.
   */
  export: reader.input(AuditExportInputSchema).mutation(async ({ ctx, input }) => {
    const stream = streamAuditEntries(ctx.db, { agencyId: ctx.user.agencyId, filter: input.filter ?? {}, limit: AUDIT_EXPORT_MAX_ROWS });
    let rows = 0;
    let truncated = false;
    async function* counted(): AsyncGenerator<AuditListItem[]> {
      for (;;) {
        const next = await stream.next();
        if (next.done) {
          truncated = next.value.truncated;
          return;
        }
        rows += next.value.length;
        yield next.value;
      }
    }
    const content = input.format === 'csv' ? await auditCsv(counted()) : await auditWorkbook(counted());
    ctx.audit.note = `${rows} dòng, định dạng ${input.format}${truncated ? ', bị cắt bớt' : ''}`;
    return {
      fileName: `nhat-ky-kiem-tra-${todayInVietnam(ctx.now())}.${input.format}`,
      mimeType: input.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: content.toString('base64'),
      rows,
      truncated,
    };
  }),
} satisfies TRPCRouterRecord;
