import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { MonthWarning } from './data-methods';

/** The months of the next twelve with no periodic session of the Director planned, as warnings. */
export function MonthWarnings() {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const translate = useTranslate();
  const [data, setData] = useState<MonthWarning[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    dataProvider
      .sessionMonthWarnings({ signal: controller.signal })
      .then((r) => setData(r.data))
      // A failed check shows nothing rather than a false "all planned".
      .catch(() => setData(null));
    return () => controller.abort();
  }, [dataProvider]);
  if (!data) return null;
  if (data.length === 0) return <Alert severity="success" sx={{ mb: 1 }}>{translate('kntc.receptionSessions.warnings_none')}</Alert>;
  return (
    <Alert severity="warning" sx={{ mb: 1 }} role="region" aria-label={translate('kntc.receptionSessions.warnings_title')}>
      <AlertTitle>{translate('kntc.receptionSessions.warnings_title')}</AlertTitle>
      <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
        {data.map((w) => (
          <li key={w.month}>{w.message}</li>
        ))}
      </ul>
      {translate('kntc.receptionSessions.warnings_hint')}
    </Alert>
  );
}
