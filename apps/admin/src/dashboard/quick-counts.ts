import type { ActionCode, PermissionRow } from '@kntc/domain';
import { queueFilter } from '../petitions/queues';

export type QuickCount = {
  id: 'my_cases' | 'to_classify' | 'to_approve';
  resource: 'cases' | 'petitions';
  filter: Record<string, unknown>;
  /** A sort the list procedure accepts; the count needs one row at most. */
  sort: { field: string; order: 'ASC' | 'DESC' };
};

const quickCounts: readonly (QuickCount & { needs: ActionCode })[] = [
  // Officials who handle letters are the ones cases are assigned to.
  { id: 'my_cases', resource: 'cases', filter: { mine: true, active: true }, sort: { field: 'dueDate', order: 'ASC' }, needs: 'case.write' },
  { id: 'to_classify', resource: 'petitions', filter: queueFilter('to_classify'), sort: { field: 'receivedDate', order: 'DESC' }, needs: 'petition.write' },
  { id: 'to_approve', resource: 'petitions', filter: queueFilter('to_approve'), sort: { field: 'receivedDate', order: 'DESC' }, needs: 'petition.approve' },
];

/** The counts the role's permissions have a use for; by default none for the sysadmin, the clerk or the read-only auditor. */
export function quickCountsFor(permissions: PermissionRow | undefined): QuickCount[] {
  if (!permissions) return [];
  return quickCounts.filter((count) => permissions[count.needs] !== undefined).map(({ needs: _needs, ...count }) => count);
}

/** The list the count stands for, with its filters in the URL as react-admin reads them. */
export function listPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
