import { petitionApproverRoles, petitionWriterRoles, type RoleCode } from '@kntc/domain';
import { queueFilter } from '../petitions/queues';

export type QuickCount = {
  id: 'my_cases' | 'to_classify' | 'to_approve';
  resource: 'cases' | 'petitions';
  filter: Record<string, unknown>;
  /** A sort the list procedure accepts; the count needs one row at most. */
  sort: { field: string; order: 'ASC' | 'DESC' };
};

const quickCounts: readonly (QuickCount & { roles: readonly RoleCode[] })[] = [
  // Officials who handle letters are the ones cases are assigned to.
  { id: 'my_cases', resource: 'cases', filter: { mine: true, active: true }, sort: { field: 'dueDate', order: 'ASC' }, roles: petitionWriterRoles },
  { id: 'to_classify', resource: 'petitions', filter: queueFilter('to_classify'), sort: { field: 'receivedDate', order: 'DESC' }, roles: petitionWriterRoles },
  { id: 'to_approve', resource: 'petitions', filter: queueFilter('to_approve'), sort: { field: 'receivedDate', order: 'DESC' }, roles: petitionApproverRoles },
];

/** The counts a role has a use for; none for the sysadmin, the clerk or the read-only auditor. */
export function quickCountsFor(role: RoleCode | undefined): QuickCount[] {
  if (!role) return [];
  return quickCounts.filter((count) => count.roles.includes(role)).map(({ roles: _roles, ...count }) => count);
}

/** The list the count stands for, with its filters in the URL as react-admin reads them. */
export function listPath(resource: string, filter: Record<string, unknown>): string {
  return `/${resource}?${new URLSearchParams({ filter: JSON.stringify(filter) }).toString()}`;
}
