import { DeleteButton, useRecordContext } from 'react-admin';
import type { Petition } from '../providers/data-provider';

/**
 * Only drafts can be deleted. Checked on the record itself as well as through canAccess:
 * react-admin caches access answers per record id, so a draft registered a moment ago
 * would otherwise keep its delete button until the cache expires.
 */
export function DraftDeleteButton() {
  const record = useRecordContext<Petition>();
  if (record?.status !== 'draft') return null;
  // Pessimistic: a refusal from the server is shown, never optimistically undone.
  return <DeleteButton mutationMode="pessimistic" />;
}
