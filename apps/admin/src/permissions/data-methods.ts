import type { RouterInputs, RouterOutputs } from '@kntc/api/client';
import { toHttpError } from '../providers/http-error';
import type { KntcTrpcClient } from '../providers/trpc-client';

/** One role × action cell of the permission matrix, as the server stores it. */
export type PermissionCell = RouterOutputs['permissions']['list'][number];
export type PermissionCellUpdate = RouterInputs['permissions']['update'];

export type PermissionMethods = {
  /** Every cell of the matrix, with its version for the next edit. */
  permissionCells(params: { signal?: AbortSignal | undefined }): Promise<{ data: PermissionCell[] }>;
  /** Changes one cell; a stale version fails with the server's conflict message. */
  updatePermission(params: PermissionCellUpdate): Promise<{ data: PermissionCell }>;
};

async function call<T>(run: () => Promise<T>): Promise<{ data: T }> {
  try {
    return { data: await run() };
  } catch (error) {
    throw toHttpError(error);
  }
}

export const permissionMethods = (client: KntcTrpcClient): PermissionMethods => ({
  permissionCells: ({ signal }) => call(() => client.permissions.list.query(undefined, { signal })),
  updatePermission: (params) => call(() => client.permissions.update.mutate(params)),
});
