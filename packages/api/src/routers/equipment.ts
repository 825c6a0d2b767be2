import { EquipmentDataSchema, EquipmentListFilterSchema, EquipmentMaintenanceSchema, EquipmentSortSchema, EquipmentUpdateSchema, IdSchema, listInputSchema, todayInVietnam } from '@kntc/domain';
import { addEquipmentMaintenance, createEquipment, findEquipmentByIds, getEquipment, listEquipment, updateEquipment } from '@kntc/db';
import type { TRPCRouterRecord } from '@trpc/server';
import { z } from 'zod';
import { actorOf } from '../actor.js';
import { can } from '../trpc.js';

const reader = can('office.read');
const writer = can('office.write');

/**
 * Trang thiết bị, with each device's maintenance status today (ok, due soon, overdue) so lists can
 * warn; a retired device is kept in the inventory with its log.
 */
export const equipmentRouter = {
  list: reader
    .input(listInputSchema(EquipmentSortSchema, EquipmentListFilterSchema))
    .query(({ ctx, input }) => listEquipment(ctx.db, { agencyId: ctx.user.agencyId, today: todayInVietnam(ctx.now()), ...input })),

  /** The device with its maintenance and security check log, newest first. */
  getOne: reader.input(z.strictObject({ id: IdSchema })).query(({ ctx, input }) => getEquipment(ctx.db, ctx.user.agencyId, input.id, todayInVietnam(ctx.now()))),

  getMany: reader
    .input(z.strictObject({ ids: z.array(IdSchema).max(200) }))
    .query(({ ctx, input }) => findEquipmentByIds(ctx.db, ctx.user.agencyId, input.ids, todayInVietnam(ctx.now()))),

  create: writer.input(EquipmentDataSchema).mutation(({ ctx, input }) => createEquipment(ctx.db, { ...actorOf(ctx), input })),

  update: writer.input(EquipmentUpdateSchema).mutation(({ ctx, input }) => updateEquipment(ctx.db, { ...actorOf(ctx), ...input })),

  /** Ghi nhật ký bảo trì, kiểm tra bảo mật, sửa chữa: moves the due date; takes the device's version. */
  addMaintenance: writer.input(EquipmentMaintenanceSchema).mutation(({ ctx, input }) => addEquipmentMaintenance(ctx.db, { ...actorOf(ctx), input })),
} satisfies TRPCRouterRecord;
