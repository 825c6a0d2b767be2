import { z } from 'zod';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, optionalMultiline, optionalPickedId, requiredMultiline, requiredText } from './fields.js';

/** Trang thiết bị for reception and for the national database (the plan's item 3). */
export const equipmentTypes = ['national_database_access', 'computer', 'printer', 'scanner', 'camera', 'audio_recorder', 'network', 'other'] as const;
export type EquipmentType = (typeof equipmentTypes)[number];
export const equipmentTypeLabels: Record<EquipmentType, string> = {
  national_database_access: 'Thiết bị truy cập Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo',
  computer: 'Máy tính',
  printer: 'Máy in',
  scanner: 'Máy quét tài liệu',
  camera: 'Camera giám sát nơi tiếp công dân',
  audio_recorder: 'Thiết bị ghi âm, ghi hình',
  network: 'Thiết bị mạng',
  other: 'Thiết bị khác',
};

export const equipmentStatuses = ['in_use', 'under_repair', 'retired'] as const;
export type EquipmentStatus = (typeof equipmentStatuses)[number];
export const equipmentStatusLabels: Record<EquipmentStatus, string> = {
  in_use: 'Đang sử dụng',
  under_repair: 'Đang sửa chữa',
  retired: 'Đã thanh lý',
};

/** What a log line records: routine maintenance, a security check (the national database's access devices), a repair. */
export const maintenanceKinds = ['maintenance', 'security_check', 'repair'] as const;
export type MaintenanceKind = (typeof maintenanceKinds)[number];
export const maintenanceKindLabels: Record<MaintenanceKind, string> = {
  maintenance: 'Bảo trì, bảo dưỡng',
  security_check: 'Kiểm tra an toàn, bảo mật',
  repair: 'Sửa chữa',
};

export const EquipmentDataSchema = z.strictObject({
  type: z.enum(equipmentTypes, { error: 'Hãy chọn loại thiết bị.' }),
  name: requiredText('Tên, model thiết bị', 300),
  /** Unique in the agency: the inventory's key for a device. */
  serial: requiredText('Số sê-ri', 100),
  location: requiredText('Nơi đặt', 300),
  assignedToUserId: optionalPickedId('người được giao quản lý, sử dụng'),
  acquiredDate: dateField('Ngày đưa vào sử dụng'),
  status: z.enum(equipmentStatuses, { error: 'Hãy chọn tình trạng thiết bị.' }),
  /** Months between maintenance checks; null when the device needs none. */
  maintenanceIntervalMonths: z.coerce
    .number({ error: 'Chu kỳ bảo trì phải là số tháng.' })
    .int({ error: 'Chu kỳ bảo trì phải là số tháng nguyên.' })
    .min(1, { error: 'Chu kỳ bảo trì ít nhất 1 tháng.' })
    .max(60, { error: 'Chu kỳ bảo trì không được quá 60 tháng.' })
    .nullish()
    .transform((v) => v ?? null),
  note: optionalMultiline('Ghi chú', 2000),
});
export type EquipmentData = z.output<typeof EquipmentDataSchema>;
export type EquipmentDataInput = z.input<typeof EquipmentDataSchema>;

export const EquipmentUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: EquipmentDataSchema });

/** One line of the maintenance and security check log. */
export const EquipmentMaintenanceSchema = z.strictObject({
  equipmentId: IdSchema,
  /** The equipment's version: a log line moves its due date, so it is an edit of the equipment. */
  version: VersionSchema,
  date: dateField('Ngày thực hiện'),
  kind: z.enum(maintenanceKinds, { error: 'Hãy chọn loại công việc (bảo trì, kiểm tra bảo mật, sửa chữa).' }),
  performedBy: requiredText('Người, đơn vị thực hiện', 300),
  result: requiredMultiline('Kết quả', 2000),
  /** The status after the work, e.g. back in use after a repair; unchanged when omitted. */
  statusAfter: z
    .enum(equipmentStatuses, { error: 'Tình trạng thiết bị không hợp lệ.' })
    .nullish()
    .transform((v) => v ?? null),
});
export type EquipmentMaintenance = z.output<typeof EquipmentMaintenanceSchema>;
export type EquipmentMaintenanceInput = z.input<typeof EquipmentMaintenanceSchema>;

export const equipmentSortFields = ['serial', 'acquiredDate', 'nextDueDate', 'updatedAt'] as const;
export const EquipmentSortSchema = z.strictObject({ field: z.enum(equipmentSortFields), order: z.enum(['ASC', 'DESC']) });
export const EquipmentListFilterSchema = z.strictObject({
  q: z.string().max(200).optional(),
  type: z.enum(equipmentTypes).optional(),
  status: z.enum(equipmentStatuses).optional(),
  assignedToUserId: IdSchema.optional(),
  /** Only devices whose maintenance is due soon or overdue today. */
  needsMaintenance: z.boolean().optional(),
});
export type EquipmentListFilter = z.output<typeof EquipmentListFilterSchema>;

/** How serials are compared: case, spaces and separators ("AB-12 3", "ab123") do not make two devices. */
export const serialKey = (serial: string): string => serial.normalize('NFC').replace(/[^\p{L}\p{N}]/gu, '').toLocaleUpperCase('vi');
