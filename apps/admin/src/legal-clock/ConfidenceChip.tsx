import { confidenceMarkLabels, type ConfidenceMark } from '@kntc/domain';
import Chip from '@mui/material/Chip';

/**
 * How far a rule's source was verified. "U" (not verified) stands out: a deadline resting
 * on it should be checked against the text before anyone is held to it.
 */
export function ConfidenceChip({ mark }: { mark: ConfidenceMark }) {
  return (
    <Chip
      size="small"
      variant={mark === 'U' ? 'filled' : 'outlined'}
      color={mark === 'U' ? 'warning' : mark === 'T' ? 'success' : 'default'}
      label={`${mark} – ${confidenceMarkLabels[mark]}`}
    />
  );
}
