import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type ReportFormSummary = RouterOutputs['reports']['forms'][number];
export type ComputedReport = RouterOutputs['reports']['form'];
export type ReportRequest = RouterInputs['reports']['form'];
export type ReportFile = RouterOutputs['reports']['exportXlsx'];
export type ReportCell = RouterOutputs['reports']['cell'];
export type ReportCellRequest = RouterInputs['reports']['cell'];
export type FiledReportSummary = RouterOutputs['filedReports']['list']['data'][number];
export type FiledReport = RouterOutputs['filedReports']['getOne'];
export type FileReportInput = RouterInputs['filedReports']['create'];

type Signal = { signal?: AbortSignal | undefined };

/** Báo cáo thống kê: the forms, a form computed over a period, and its .xlsx (audited). */
export type ReportMethods = {
  reportForms(params: Signal): Promise<{ data: ReportFormSummary[] }>;
  reportTable(params: ReportRequest & Signal): Promise<{ data: ComputedReport }>;
  exportReport(params: ReportRequest): Promise<{ data: ReportFile }>;
  /** Drill-down: the register lines behind one number (the total row without `unitId`). */
  reportCell(params: ReportCellRequest & Signal): Promise<{ data: ReportCell }>;
  /** Chốt số liệu và nộp báo cáo: freezes the numbers and the .xlsx; a period is filed once. */
  fileReport(params: FileReportInput): Promise<{ data: FiledReportSummary }>;
  /** Tải bản đã nộp: the .xlsx exactly as filed (audited). */
  downloadFiledReport(params: { id: string }): Promise<{ data: ReportFile }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const reportMethods = (client: KntcTrpcClient): ReportMethods => ({
  reportForms: ({ signal }) => call(() => client.reports.forms.query(undefined, { signal })),
  reportTable: ({ signal, formCode, period }) => call(() => client.reports.form.query({ formCode, period }, { signal })),
  exportReport: ({ formCode, period }) => call(() => client.reports.exportXlsx.mutate({ formCode, period })),
  reportCell: ({ signal, ...input }) => call(() => client.reports.cell.query(input, { signal })),
  fileReport: (input) => call(() => client.filedReports.create.mutate(input)),
  downloadFiledReport: ({ id }) => call(() => client.filedReports.download.mutate({ id })),
});
