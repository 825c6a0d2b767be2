import type { PermissionRow, PetitionAction } from '@kntc/domain';
import { useCallback } from 'react';
import { useNotify, usePermissions, useRecordContext, useRefresh } from 'react-admin';
import { canAccess } from '../providers/access';
import type { Petition } from '../providers/data-provider';

const isPermissionRow = (value: unknown): value is PermissionRow => typeof value === 'object' && value !== null;

/**
 * Whether the signed-in user may take this step on the letter now: the permission matrix allows it
 * (the rule of providers/access.ts, mirroring the API's check) and the letter's state machine offers it
 * (its availableActions). The role is asked without the record on purpose: react-admin caches
 * canAccess answers per record id, and a step would otherwise stay hidden after the status moved.
 */
export function useLetterStep(action: PetitionAction): { record: Petition | undefined; isOffered: boolean } {
  const record = useRecordContext<Petition>();
  const { permissions } = usePermissions<unknown>();
  const isOffered =
    record !== undefined && isPermissionRow(permissions) && canAccess(permissions, 'petitions', { action }) && record.availableActions.includes(action);
  return { record, isOffered };
}

const isPetition = (data: unknown): data is Petition => typeof data === 'object' && data !== null && 'id' in data && 'status' in data;

/**
 * Runs a step and, once the server has accepted it, says so and reloads the letter (its status,
 * version and the panels keyed on them). Failures propagate to the dialog that shows them.
 */
export function useStepRunner() {
  const notify = useNotify();
  const refresh = useRefresh();
  return useCallback(
    async (run: () => Promise<{ data: Petition }>, message: string, messageArgs?: Record<string, unknown>) => {
      const { data } = await run();
      // After a 401 react-admin is already signing the user out and answers with an empty object.
      if (!isPetition(data)) return;
      notify(message, { type: 'success', messageArgs });
      refresh();
    },
    [notify, refresh],
  );
}
