import { publicationStateLabels, type PublicationState } from '@kntc/domain';
import Chip, { type ChipProps } from '@mui/material/Chip';

const colors: Record<PublicationState, ChipProps['color']> = {
  draft: 'warning',
  approved: 'info',
  published: 'success',
  taken_down: 'default',
};

/** Where a publication stands; the text carries the meaning, colour only helps scanning. */
export function PublicationStateChip({ state }: { state: PublicationState }) {
  return <Chip size="small" color={colors[state]} variant={state === 'taken_down' ? 'outlined' : 'filled'} label={publicationStateLabels[state]} />;
}
