import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { CaseDataState } from './use-case-data';

/** A panel's loading bar, its error, its empty text, or its content. */
export function PanelState<T>({
  state,
  empty,
  children,
}: {
  state: CaseDataState<readonly T[]>;
  empty: string;
  children(rows: readonly T[]): ReactNode;
}) {
  const translate = useTranslate();
  if (state.status === 'loading') return <LinearProgress aria-label={translate('ra.page.loading')} />;
  if (state.status === 'failed') return <Alert severity="error">{translate(state.message)}</Alert>;
  if (state.data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(empty)}
      </Typography>
    );
  }
  return <>{children(state.data)}</>;
}
