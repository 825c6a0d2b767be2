import { CreateButton, useRecordContext } from 'react-admin';
import type { DeadlineRuleRecord } from '../providers/data-provider';
import { newVersionOf } from './rule-form';

/** Opens the create form prefilled with this version, for a law change from a given date. */
export function NewVersionButton() {
  const record = useRecordContext<DeadlineRuleRecord>();
  if (!record) return null;
  return <CreateButton label="kntc.deadline_rules.new_version" state={{ record: newVersionOf(record) }} />;
}
