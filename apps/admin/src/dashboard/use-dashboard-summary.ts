import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { KntcDataProvider } from '../providers/data-provider';
import type { DashboardRequest, DashboardSummary } from './data-methods';

export type SummaryState = {
  /** The last figures received; kept while newer ones load, so the charts do not blink away. */
  summary: DashboardSummary | null;
  isLoading: boolean;
  error: string | null;
};

/** The dashboard's figures for a request, reloaded when it changes; nothing is asked while it is null (invalid filter). */
export function useDashboardSummary(request: DashboardRequest | null): SummaryState {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [state, setState] = useState<SummaryState>({ summary: null, isLoading: request !== null, error: null });
  const key = request ? JSON.stringify(request) : null;

  useEffect(() => {
    if (key === null) return;
    const input = JSON.parse(key) as DashboardRequest;
    const controller = new AbortController();
    setState((s) => ({ ...s, isLoading: true, error: null }));
    dataProvider
      .dashboardSummary({ ...input, signal: controller.signal })
      .then(({ data }) => {
        // No data after a 401: react-admin is already taking the user to the login page.
        if (!controller.signal.aborted && data !== undefined) setState({ summary: data, isLoading: false, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, isLoading: false, error: error instanceof Error ? error.message : 'ra.notification.http_error' }));
      });
    return () => controller.abort();
  }, [dataProvider, key]);

  return state;
}
