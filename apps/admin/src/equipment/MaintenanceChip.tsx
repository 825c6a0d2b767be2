import type { MaintenanceState } from '@kntc/domain';
import { StatusChip } from '../office/StatusChip';
import { maintenanceChip } from './maintenance-chip';

/** Cảnh báo bảo trì as a chip: words and colour together. */
export function MaintenanceChip({ state }: { state: MaintenanceState }) {
  return <StatusChip {...maintenanceChip(state)} />;
}
