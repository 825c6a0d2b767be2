import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { DeadlineRecalculation } from '../providers/data-provider';

/**
 * Who saved the change. The API gives only the account id, so the signed-in user is named and
 * anyone else is shown as an account reference that an administrator can look up.
 */
export function TriggeredBy() {
  const record = useRecordContext<DeadlineRecalculation>();
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  if (!record) return null;
  if (record.triggeredBy === null) return <>{translate('kntc.recalculations.by_system')}</>;
  if (identity && record.triggeredBy === identity.id) {
    return <>{translate('kntc.recalculations.by_you', { name: identity.fullName ?? '' })}</>;
  }
  return <>{translate('kntc.recalculations.by_account', { id: record.triggeredBy.slice(0, 8) })}</>;
}
