import {
  equipmentStatusLabels,
  equipmentStatuses,
  equipmentTypeLabels,
  equipmentTypes,
  maintenanceKindLabels,
  maintenanceKinds,
  maintenanceStateLabels,
  maintenanceStates,
} from '@kntc/domain';

export const equipmentTypeChoices = equipmentTypes.map((id) => ({ id, name: equipmentTypeLabels[id] }));
export const equipmentStatusChoices = equipmentStatuses.map((id) => ({ id, name: equipmentStatusLabels[id] }));
export const maintenanceKindChoices = maintenanceKinds.map((id) => ({ id, name: maintenanceKindLabels[id] }));
export const maintenanceStateChoices = maintenanceStates.map((id) => ({ id, name: maintenanceStateLabels[id] }));
export const label = (field: string) => `resources.equipment.fields.${field}`;
