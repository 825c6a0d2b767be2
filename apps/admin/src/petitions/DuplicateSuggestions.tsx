import { petitionKindLabels, petitionStatusLabels } from '@kntc/domain';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { FormDataConsumer, Link, useCreatePath, useDataProvider, useTranslate } from 'react-admin';
import type { DuplicateSuggestion } from '../letter-workflow/data-methods';
import { currentData, useLoaded } from '../letter-workflow/use-loaded';
import type { KntcDataProvider } from '../providers/data-provider';
import { duplicateQuery, duplicateQueryKey, type DuplicateQuery } from './duplicate-query';
import { formatIsoDate } from './format';

/** Long enough that a request does not leave on every keystroke, short enough to appear while typing. */
const DEBOUNCE_MS = 500;

/** The value as it was once its key stopped changing for `delay`; a re-render with an equal value does not restart the wait. */
function useDebounced<T>(value: T, key: string, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(latest.current), delay);
    return () => clearTimeout(timer);
  }, [key, delay]);
  return debounced;
}

/** One suggested letter: who, when, what, and why it was suggested, with a link to open it. */
export function DuplicateSuggestionItem({ suggestion, newTab = false }: { suggestion: DuplicateSuggestion; newTab?: boolean }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const receipt = suggestion.receiptNumber ?? translate('kntc.petitions.no_receipt');
  return (
    <Box>
      <Typography variant="body2" component="div">
        <Link
          to={createPath({ resource: 'petitions', id: suggestion.id, type: 'show' })}
          // On the intake form the link opens beside it: following it must not lose what was typed.
          {...(newTab ? { target: '_blank', rel: 'noopener' } : {})}
        >
          {translate('kntc.letters.duplicates.letter_link', { receipt })}
        </Link>
        {newTab ? (
          <Box component="span" sx={visuallyHidden}>
            {` (${translate('kntc.letters.new_tab')})`}
          </Box>
        ) : null}
        {' · '}
        {formatIsoDate(suggestion.receivedDate)} · {suggestion.senderName} · {petitionKindLabels[suggestion.kind]} ·{' '}
        {petitionStatusLabels[suggestion.status]}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {suggestion.summary}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 0.5 }} aria-label={translate('kntc.letters.duplicates.reasons')}>
        {suggestion.reasons.map((reason) => (
          <Chip key={reason.code} size="small" variant="outlined" color="warning" label={reason.label} />
        ))}
      </Stack>
    </Box>
  );
}

export const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

function SuggestionsFor({ query }: { query: DuplicateQuery | null }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const titleId = useId();
  const debounced = useDebounced(query, duplicateQueryKey(query), DEBOUNCE_MS);
  const key = duplicateQueryKey(debounced);
  const state = useLoaded(key, async (signal) => {
    if (!debounced) return [];
    const { data } = await dataProvider.suggestDuplicates({ ...debounced, signal });
    return Array.isArray(data) ? data : [];
  });
  const suggestions = currentData(state) ?? [];
  if (state.status === 'idle') return null;
  return (
    <Box component="section" aria-labelledby={titleId} aria-live="polite" sx={{ width: '100%', my: 2 }}>
      <Typography id={titleId} variant="subtitle1" component="h2">
        {translate('kntc.letters.duplicates.title')}
      </Typography>
      {state.status === 'loading' ? <LinearProgress aria-label={translate('kntc.letters.duplicates.searching')} sx={{ my: 1 }} /> : null}
      {state.status === 'failed' ? <Alert severity="error">{translate(state.message)}</Alert> : null}
      {state.status !== 'failed' && suggestions.length === 0 && state.status === 'loaded' ? (
        <Typography variant="body2" color="text.secondary">
          {translate('kntc.letters.duplicates.none')}
        </Typography>
      ) : null}
      {suggestions.length > 0 ? (
        <Alert severity="warning" icon={false} sx={{ '& .MuiAlert-message': { width: '100%' } }}>
          <Typography variant="body2" sx={{ mb: 1 }}>
            {translate('kntc.letters.duplicates.intro', { smart_count: suggestions.length })}
          </Typography>
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, m: 0 }}>
            {suggestions.map((s) => (
              <li key={s.id}>
                <DuplicateSuggestionItem suggestion={s} newTab />
              </li>
            ))}
          </Stack>
        </Alert>
      ) : null}
    </Box>
  );
}

/**
 * While a letter is typed, earlier letters from the same person or on the same matter, each
 * with why it was suggested. It only informs: linking as a duplicate is done on the letter
 * once it is registered ("Gộp vào đơn trùng").
 */
export function DuplicateSuggestions() {
  return <FormDataConsumer>{({ formData }) => <SuggestionsFor query={duplicateQuery(formData)} />}</FormDataConsumer>;
}
