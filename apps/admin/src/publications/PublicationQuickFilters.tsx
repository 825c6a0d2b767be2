import Alert from '@mui/material/Alert';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import { useDataProvider, useListContext, useTranslate } from 'react-admin';
import { useLoaded } from '../letter-workflow/use-loaded';
import type { KntcDataProvider } from '../providers/data-provider';

const quickFilters = ['isPublishOverdue', 'isUnderMinimumPosting'] as const;

/**
 * "Quá hạn công khai" and "Chưa đủ thời hạn niêm yết" above the list, one click each. The overdue
 * one also counts the signed documents nobody has started a publication from yet.
 */
export function PublicationQuickFilters() {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const toggle = (key: (typeof quickFilters)[number]) => {
    const { [key]: current, ...rest } = filterValues as Record<string, unknown>;
    setFilters(current === true ? rest : { ...rest, [key]: true });
  };
  return (
    <Stack spacing={1} sx={{ px: 2, pt: 1 }}>
      <Stack direction="row" spacing={1} role="group" aria-label={translate('kntc.publications.quick_filters')}>
        {quickFilters.map((key) => {
          const active = filterValues[key] === true;
          return (
            <Chip
              key={key}
              label={translate(`resources.publications.fields.${key}`)}
              color={active ? 'primary' : 'default'}
              variant={active ? 'filled' : 'outlined'}
              aria-pressed={active}
              onClick={() => toggle(key)}
            />
          );
        })}
      </Stack>
      {filterValues.isPublishOverdue === true && <OverdueCandidates />}
    </Stack>
  );
}

function OverdueCandidates() {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const candidates = useLoaded('open', (signal) => dataProvider.publicationCandidates({ signal }).then((r) => r.data.filter((c) => c.isPublishOverdue)));
  if (candidates.status !== 'loaded' || candidates.data.length === 0) return null;
  return <Alert severity="warning">{translate('kntc.publications.overdue_candidates', { smart_count: candidates.data.length })}</Alert>;
}
