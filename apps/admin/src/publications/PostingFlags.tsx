import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useTranslate } from 'react-admin';
import type { PublicationSummary } from './data-methods';

type Flagged = Pick<PublicationSummary, 'isPublishOverdue' | 'wasPublishedLate' | 'isUnderMinimumPosting' | 'isTakenDownEarly' | 'isPostingOver' | 'state'>;

/** What the back office must notice about a publication's dates: overdue, late, early takedown, posting not yet complete or over. */
export function PostingFlags({ record }: { record: Flagged }) {
  const translate = useTranslate();
  const chips: { key: string; color: 'error' | 'warning' | 'default' | 'info' }[] = [];
  if (record.isPublishOverdue) chips.push({ key: 'overdue', color: 'error' });
  if (record.wasPublishedLate) chips.push({ key: 'published_late', color: 'warning' });
  if (record.isTakenDownEarly) chips.push({ key: 'taken_down_early', color: 'error' });
  else if (record.state === 'published' && record.isUnderMinimumPosting) chips.push({ key: 'under_minimum', color: 'info' });
  if (record.isPostingOver) chips.push({ key: 'posting_over', color: 'default' });
  if (chips.length === 0) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }}>
      {chips.map((c) => (
        <Chip key={c.key} size="small" color={c.color} variant={c.color === 'default' ? 'outlined' : 'filled'} label={translate(`kntc.publications.flags.${c.key}`)} />
      ))}
    </Stack>
  );
}
