import { petitionStatusLabels, type PetitionStatus } from '@kntc/domain';
import Chip, { type ChipProps } from '@mui/material/Chip';
import { useRecordContext } from 'react-admin';
import type { Petition } from '../providers/data-provider';

// Partial on purpose: a status added to the domain shows as a neutral chip until it gets a colour.
const colors: Partial<Record<PetitionStatus, ChipProps['color']>> = {
  draft: 'default',
  registered: 'info',
  classified: 'info',
  pending_approval: 'warning',
  accepted: 'primary',
  not_accepted: 'default',
  guided: 'success',
  transferred: 'success',
  returned: 'default',
  urged: 'warning',
  management_check: 'warning',
  archived: 'default',
  escalated: 'error',
  duplicate: 'default',
};

/** The letter's status as a chip; the text carries the meaning, colour only helps scanning. */
export function StatusChip() {
  const record = useRecordContext<Petition>();
  if (!record) return null;
  return (
    <Chip
      size="small"
      variant={record.status === 'draft' ? 'outlined' : 'filled'}
      color={colors[record.status] ?? 'default'}
      label={petitionStatusLabels[record.status]}
    />
  );
}
