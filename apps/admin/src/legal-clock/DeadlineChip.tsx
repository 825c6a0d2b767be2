import { deadlineStatusLabels, type DeadlineStatus } from '@kntc/domain';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useTranslate } from 'react-admin';

const colors: Record<DeadlineStatus, ChipProps['color']> = {
  on_time: 'success',
  due_soon: 'warning',
  overdue: 'error',
};

/**
 * On time / due soon / overdue. The text carries the meaning (colour alone would fail
 * colour-blind users and print); no status means the letter is handled and no clock runs.
 */
export function DeadlineChip({ status }: { status: DeadlineStatus | null | undefined }) {
  const translate = useTranslate();
  if (!status) return <Chip size="small" variant="outlined" label={translate('kntc.deadlines.handled')} />;
  return <Chip size="small" color={colors[status]} label={deadlineStatusLabels[status]} />;
}
