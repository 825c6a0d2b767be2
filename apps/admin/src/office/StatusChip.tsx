import Chip from '@mui/material/Chip';
import { toneColors, type StatusTone } from './status-tones';

export type { StatusTone } from './status-tones';

/** A status in words with a supporting colour of sufficient contrast. */
export function StatusChip({ label, tone }: { label: string; tone: StatusTone }) {
  const colors = toneColors[tone];
  return <Chip size="small" variant="outlined" label={label} sx={{ color: colors.text, bgcolor: colors.background ?? 'transparent', borderColor: colors.border }} />;
}
