import { useTranslate } from 'react-admin';
import { StatusChip } from '../office/StatusChip';

/** Đang phân công / Đã thôi phân công, in words: colour only supports them. */
export function AssignmentStateChip({ isCurrent }: { isCurrent: boolean }) {
  const translate = useTranslate();
  return <StatusChip tone={isCurrent ? 'success' : 'neutral'} label={translate(isCurrent ? 'kntc.office.staff.current' : 'kntc.office.staff.ended')} />;
}
