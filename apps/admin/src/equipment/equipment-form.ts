import { EquipmentDataSchema, EquipmentMaintenanceSchema, todayInVietnam } from '@kntc/domain';
import { blanksToNull, schemaResolver } from '../forms/schema-resolver';

type Values = Record<string, unknown>;

/** An emptied interval means "not followed": null, not 0 months. */
export const prepareEquipment = (values: Values): Values => blanksToNull(values, ['assignedToUserId', 'maintenanceIntervalMonths', 'note']);

export const equipmentResolver = schemaResolver(EquipmentDataSchema, prepareEquipment);

export const equipmentDefaults = () => ({ status: 'in_use', acquiredDate: todayInVietnam(), maintenanceIntervalMonths: 12, assignedToUserId: null });

/** The log line as the dialog fills it; the device and its version are added when saving. */
export const MaintenanceLineSchema = EquipmentMaintenanceSchema.omit({ equipmentId: true, version: true });

export const prepareMaintenanceLine = (values: Values): Values => blanksToNull(values, ['statusAfter']);

export const maintenanceLineResolver = schemaResolver(MaintenanceLineSchema, prepareMaintenanceLine);

export const maintenanceLineDefaults = (kind: 'maintenance' | 'security_check') => ({ date: todayInVietnam(), kind, performedBy: '', result: '', statusAfter: null });
