import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type DashboardSummary = RouterOutputs['dashboard']['summary'];
export type DashboardRequest = RouterInputs['dashboard']['summary'];
export type DashboardExportRequest = RouterInputs['dashboard']['exportXlsx'];
export type DashboardFile = RouterOutputs['dashboard']['exportXlsx'];

type Signal = { signal?: AbortSignal | undefined };

/** Bảng điều khiển lãnh đạo: every chart's figures, and their .xlsx (audited). */
export type DashboardMethods = {
  dashboardSummary(params: DashboardRequest & Signal): Promise<{ data: DashboardSummary }>;
  exportDashboard(params: DashboardExportRequest): Promise<{ data: DashboardFile }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const dashboardMethods = (client: KntcTrpcClient): DashboardMethods => ({
  dashboardSummary: ({ signal, ...input }) => call(() => client.dashboard.summary.query(input, { signal })),
  exportDashboard: (input) => call(() => client.dashboard.exportXlsx.mutate(input)),
});
