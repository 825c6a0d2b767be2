import { z } from 'zod';
import { IdSchema, VersionSchema } from '../petitions/schemas.js';
import { dateField, idList, optionalDateField, optionalMultiline, optionalText, pickedId, refineDateOrder, requiredMultiline } from '../office/fields.js';

/** Thường xuyên (through the year) or within set dates. */
export const planTimeFrames = ['regular', 'dated'] as const;
export type PlanTimeFrame = (typeof planTimeFrames)[number];
export const planTimeFrameLabels: Record<PlanTimeFrame, string> = { regular: 'Thường xuyên', dated: 'Theo thời hạn' };

/** What officials record; "late" is never typed, it follows from the dates (planItemStatus). */
export const planItemProgressStates = ['not_started', 'in_progress', 'done'] as const;
export type PlanItemProgressState = (typeof planItemProgressStates)[number];

export const planItemStatuses = ['not_started', 'in_progress', 'done', 'late'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];
export const planItemStatusLabels: Record<PlanItemStatus, string> = {
  not_started: 'Chưa thực hiện',
  in_progress: 'Đang thực hiện',
  done: 'Đã hoàn thành',
  late: 'Chậm tiến độ',
};

/** "1", "2", "3.1", or a roman section such as "III" (the plan's monitoring item). */
const CODE = /^(\d{1,3}(\.\d{1,3}){0,2}|[IVXL]{1,6})$/;

/**
 * One item of the plan: what to do, which units lead it (chủ trì) and which coordinate (phối hợp),
 * and when. Units are either listed, "all units under the Sở", or "the units concerned" (đơn vị
 * có liên quan), as plans write them; `responsibilityNote` keeps a split the columns cannot say.
 */
export const PlanItemDataSchema = z
  .strictObject({
    planId: pickedId('kế hoạch'),
    code: z
      .string({ error: 'Số thứ tự mục là bắt buộc.' })
      .trim()
      .regex(CODE, { error: 'Số thứ tự mục phải là số (1, 2, 3.1) hoặc số La Mã (III).' }),
    position: z.coerce.number({ error: 'Thứ tự hiển thị phải là số.' }).int().min(0).max(10_000).default(0),
    content: requiredMultiline('Nội dung công việc', 4000),
    leadUnitIds: idList('đơn vị chủ trì', 50),
    leadAllUnits: z.boolean().default(false),
    leadRelevantUnits: z.boolean().default(false),
    coordinatingUnitIds: idList('đơn vị phối hợp', 50),
    coordinatingAllUnits: z.boolean().default(false),
    coordinatingRelevantUnits: z.boolean().default(false),
    responsibilityNote: optionalMultiline('Ghi chú phân công', 2000),
    timeFrame: z.enum(planTimeFrames, { error: 'Hãy chọn thời gian thực hiện: thường xuyên hay theo thời hạn.' }),
    timeFrom: optionalDateField('Thực hiện từ ngày'),
    timeTo: optionalDateField('Hoàn thành trước ngày'),
    /** As the plan words it: "Năm 2024 (theo Công văn 4305/UBND-TD)". */
    timeNote: optionalText('Ghi chú thời gian', 500),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (item.leadUnitIds.length === 0 && !item.leadAllUnits && !item.leadRelevantUnits) issue('leadUnitIds', 'Hãy chọn đơn vị chủ trì (hoặc tất cả các đơn vị thuộc Sở).');
    if (item.leadAllUnits && (item.leadUnitIds.length > 0 || item.leadRelevantUnits)) issue('leadAllUnits', 'Đã chọn tất cả các đơn vị chủ trì thì không chọn thêm đơn vị.');
    if (item.coordinatingAllUnits && (item.coordinatingUnitIds.length > 0 || item.coordinatingRelevantUnits)) issue('coordinatingAllUnits', 'Đã chọn tất cả các đơn vị phối hợp thì không chọn thêm đơn vị.');
    if (item.leadAllUnits && item.coordinatingAllUnits) issue('coordinatingAllUnits', 'Tất cả các đơn vị đã chủ trì thì không thể đồng thời phối hợp.');
    const both = item.coordinatingUnitIds.filter((id) => item.leadUnitIds.includes(id));
    if (both.length > 0) issue('coordinatingUnitIds', 'Một đơn vị không thể vừa chủ trì vừa phối hợp cùng một mục.');
    if (item.timeFrame === 'dated' && item.timeTo === null) issue('timeTo', 'Mục theo thời hạn phải có ngày hoàn thành.');
    if (item.timeFrame === 'regular' && (item.timeFrom !== null || item.timeTo !== null)) issue('timeFrame', 'Mục thực hiện thường xuyên thì không ghi ngày bắt đầu, hoàn thành; hãy chọn "Theo thời hạn".');
    refineDateOrder(ctx, item.timeFrom, item.timeTo, 'timeTo', 'Ngày hoàn thành không được trước ngày bắt đầu.');
  });
export type PlanItemData = z.output<typeof PlanItemDataSchema>;
export type PlanItemDataInput = z.input<typeof PlanItemDataSchema>;

export const PlanItemUpdateSchema = z.strictObject({ id: IdSchema, version: VersionSchema, data: PlanItemDataSchema });

/** Cập nhật tiến độ: a dated note by its author, and the item's state after it. */
export const PlanItemProgressSchema = z.strictObject({
  id: IdSchema,
  version: VersionSchema,
  date: dateField('Ngày cập nhật'),
  note: requiredMultiline('Nội dung tiến độ', 4000),
  state: z.enum(planItemProgressStates, { error: 'Hãy chọn tình trạng thực hiện.' }),
});
export type PlanItemProgress = z.output<typeof PlanItemProgressSchema>;
export type PlanItemProgressInput = z.input<typeof PlanItemProgressSchema>;

export const planItemSortFields = ['position', 'code', 'updatedAt'] as const;
export const PlanItemSortSchema = z.strictObject({ field: z.enum(planItemSortFields), order: z.enum(['ASC', 'DESC']) });
export const PlanItemListFilterSchema = z.strictObject({
  planId: IdSchema.optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  status: z.enum(planItemStatuses).optional(),
  /** Items a unit leads or coordinates (listed, or all units). */
  unitId: IdSchema.optional(),
});
export type PlanItemListFilter = z.output<typeof PlanItemListFilterSchema>;

/**
 * How a plan writes an item's units: "Thanh tra Sở, Phòng Hành chính - Tổng hợp và các đơn vị có liên
 * quan", "Các đơn vị thuộc Sở", or "" when none is named.
 */
export function unitGroupText(group: { unitNames: readonly string[]; allUnits: boolean; relevantUnits: boolean }): string {
  if (group.allUnits) return 'Các đơn vị thuộc Sở';
  const names = [...group.unitNames];
  if (group.relevantUnits) names.push(names.length === 0 ? 'Các đơn vị có liên quan' : 'các đơn vị có liên quan');
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} và ${names.at(-1) ?? ''}`;
}
