import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { uploadError } from '../attachments/upload-error';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

export type StaffAssignment = RouterOutputs['staffAssignments']['getOne'];
export type AllowanceDaysRow = RouterOutputs['staffAssignments']['allowanceDays'][number];
export type Training = RouterOutputs['trainings']['getOne'];
export type Reward = RouterOutputs['rewards']['getOne'];
export type Equipment = RouterOutputs['equipment']['getOne'];
export type AnnualPlan = RouterOutputs['annualPlans']['getOne'];
export type PlanItem = RouterOutputs['planItems']['getOne'];
export type PlanProgressView = RouterOutputs['planProgress']['summary'];
export type PlanEvidence = PlanItem['evidence'][number];

/** The office's and the plan's named steps besides react-admin's verbs. */
export type OfficeMethods = {
  /** Ngày tiếp công dân and bồi dưỡng of every official over a period. */
  allowanceDays(params: RouterInputs['staffAssignments']['allowanceDays'] & { signal?: AbortSignal | undefined }): Promise<{ data: AllowanceDaysRow[] }>;
  /** Ghi nhật ký bảo trì, kiểm tra bảo mật: moves the device's due date; takes its version. */
  addEquipmentMaintenance(params: RouterInputs['equipment']['addMaintenance']): Promise<{ data: Equipment }>;
  /** Cập nhật tiến độ: a dated note and the item's state after it; takes the item's version. */
  addPlanItemProgress(params: RouterInputs['planItems']['addProgress']): Promise<{ data: PlanItem }>;
  /** Tiến độ thực hiện kế hoạch of a year, for leaders. */
  planProgress(params: { year: number; signal?: AbortSignal | undefined }): Promise<{ data: PlanProgressView }>;
  /** Báo cáo tổng kết of a plan as .docx (audited); dated today and signed as the server decides unless given. */
  exportPlanSummary(params: RouterInputs['annualPlans']['exportSummary']): Promise<{ data: RouterOutputs['annualPlans']['exportSummary'] }>;
  /** Tài liệu minh chứng of a plan item: uploaded through the file route under plan.write. */
  uploadPlanEvidence(params: { itemId: string; file: File; description?: string | undefined }): Promise<{ data: PlanEvidence }>;
  /** Gỡ tài liệu minh chứng (kept in the store and the audit log, no longer listed). */
  removePlanEvidence(params: { id: string }): Promise<{ data: RouterOutputs['planItems']['removeEvidence'] }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

/** `fetchImpl` is the browser's fetch (uploads are multipart, outside tRPC); tests pass their own. */
export const officeMethods = (client: KntcTrpcClient, fetchImpl: typeof fetch = (...args: Parameters<typeof fetch>) => fetch(...args)): OfficeMethods => ({
  allowanceDays: ({ signal, ...period }) => call(() => client.staffAssignments.allowanceDays.query(period, { signal })),
  addEquipmentMaintenance: (input) => call(() => client.equipment.addMaintenance.mutate(input)),
  addPlanItemProgress: (input) => call(() => client.planItems.addProgress.mutate(input)),
  planProgress: ({ year, signal }) => call(() => client.planProgress.summary.query({ year }, { signal })),
  exportPlanSummary: (input) => call(() => client.annualPlans.exportSummary.mutate(input)),
  uploadPlanEvidence: async ({ itemId, file, description }) => {
    const form = new FormData();
    // Fields before the file: the server reads the multipart stream in order.
    form.append('subjectType', 'plan_item');
    form.append('subjectId', itemId);
    if (description?.trim()) form.append('description', description.trim());
    form.append('file', file, file.name);
    let response: Response;
    try {
      response = await fetchImpl('/api/files', { method: 'POST', body: form, headers: { Accept: 'application/json' } });
    } catch {
      throw uploadError(0, null);
    }
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw uploadError(response.status, body);
    return { data: body as PlanEvidence };
  },
  removePlanEvidence: ({ id }) => call(() => client.planItems.removeEvidence.mutate({ id })),
});
