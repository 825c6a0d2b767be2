import { listPermissionCells, updatePermissionCell } from '@kntc/db';
import { PermissionCellUpdateSchema } from '@kntc/domain';
import type { TRPCRouterRecord } from '@trpc/server';
import { can } from '../trpc.js';

/**
 * Ma trận phân quyền: which role may take which action, over which records. The system administrator
 * edits it one cell at a time; the auditor reads it to check who could do what.
 */
export const permissionsRouter = {
  /** Every role × action cell with its version, whether it still holds the shipped default, and who changed it. */
  list: can('permission.read').query(({ ctx }) => listPermissionCells(ctx.db)),

  /** One cell; a stale version is a conflict, and the administrator's own permission to edit cannot be withdrawn. */
  update: can('permission.manage')
    .input(PermissionCellUpdateSchema)
    .mutation(({ ctx, input }) => updatePermissionCell(ctx.db, { ...input, userId: ctx.user.id })),
} satisfies TRPCRouterRecord;
