import { caseStatusLabels, type CaseStatus } from '@kntc/domain';
import Chip, { type ChipProps } from '@mui/material/Chip';

// Partial on purpose: a status added to the domain shows as a neutral chip until it gets a colour.
const colors: Partial<Record<CaseStatus, ChipProps['color']>> = {
  accepted: 'info',
  verifying: 'primary',
  dialogue: 'primary',
  drafting: 'secondary',
  pending_signature: 'warning',
  issued: 'success',
  enforcing: 'success',
  closed: 'default',
  suspended: 'warning',
  terminated: 'default',
};

/** The case's status as a chip; the text carries the meaning, colour only helps scanning. */
export function CaseStatusChip({ status }: { status: CaseStatus }) {
  const finished = status === 'closed' || status === 'terminated';
  return (
    <Chip size="small" variant={finished ? 'outlined' : 'filled'} color={colors[status] ?? 'default'} label={caseStatusLabels[status]} />
  );
}
