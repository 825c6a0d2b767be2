import type { PlanItemStatus } from '@kntc/domain';
import { StatusChip } from '../office/StatusChip';
import { planStatusChip } from './plan-status';

export function PlanItemStatusChip({ status }: { status: PlanItemStatus }) {
  return <StatusChip {...planStatusChip(status)} />;
}
