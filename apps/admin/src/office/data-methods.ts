import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
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
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const officeMethods = (client: KntcTrpcClient): OfficeMethods => ({
  allowanceDays: ({ signal, ...period }) => call(() => client.staffAssignments.allowanceDays.query(period, { signal })),
  addEquipmentMaintenance: (input) => call(() => client.equipment.addMaintenance.mutate(input)),
  addPlanItemProgress: (input) => call(() => client.planItems.addProgress.mutate(input)),
  planProgress: ({ year, signal }) => call(() => client.planProgress.summary.query({ year }, { signal })),
  exportPlanSummary: (input) => call(() => client.annualPlans.exportSummary.mutate(input)),
});
