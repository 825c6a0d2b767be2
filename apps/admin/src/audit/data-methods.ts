import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

/** One row of the audit log, with the official's name joined in for reading. */
export type AuditEntry = RouterOutputs['audit']['getOne'];
export type AuditExport = RouterOutputs['audit']['export'];
export type AuditExportRequest = RouterInputs['audit']['export'];

export type AuditMethods = {
  /** The filtered log as a file; taking it is itself written to the log. */
  exportAudit(params: AuditExportRequest): Promise<{ data: AuditExport }>;
};

export const auditMethods = (client: KntcTrpcClient): AuditMethods => ({
  exportAudit: async (params) => {
    try {
      return { data: await client.audit.export.mutate(params) };
    } catch (error) {
      throw toHttpError(error);
    }
  },
});
