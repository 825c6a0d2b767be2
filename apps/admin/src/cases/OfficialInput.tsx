import { SelectInput, useDataProvider } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import { useCaseData } from './use-case-data';

/** Chooses one of the agency's active officials, named with their position. */
export function OfficialInput({ source, label }: { source: string; label: string }) {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const state = useCaseData((signal) => dataProvider.caseOfficials({ signal }), ['officials']);
  const choices = state.status === 'loaded' ? state.data.map((u) => ({ id: u.id, name: `${u.fullName} – ${u.position}` })) : [];
  return (
    <SelectInput
      source={source}
      label={label}
      choices={choices}
      translateChoice={false}
      isPending={state.status === 'loading'}
      fullWidth
      {...(state.status === 'failed' ? { helperText: state.message } : {})}
    />
  );
}
