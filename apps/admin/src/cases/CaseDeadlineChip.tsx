import type { CaseStatus, DeadlineStatus } from '@kntc/domain';
import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';
import { DeadlineChip } from '../legal-clock/DeadlineChip';

/**
 * On time / due soon / overdue while the resolution clock runs; otherwise why it does not run:
 * suspended (the clock waits), terminated, or resolved (a decision or conclusion was signed).
 */
export function CaseDeadlineChip({ status, deadlineStatus }: { status: CaseStatus; deadlineStatus: DeadlineStatus | null }) {
  const translate = useTranslate();
  if (deadlineStatus) return <DeadlineChip status={deadlineStatus} />;
  const key = status === 'suspended' ? 'clock_suspended' : status === 'terminated' ? 'clock_terminated' : 'clock_resolved';
  return (
    <Chip size="small" variant="outlined" color={status === 'suspended' ? 'warning' : 'default'} label={translate(`kntc.cases.${key}`)} />
  );
}
