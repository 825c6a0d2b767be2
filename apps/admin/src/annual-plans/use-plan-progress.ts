import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { PlanProgressView } from '../office/data-methods';
import type { KntcDataProvider } from '../providers/data-provider';

export type ProgressState = { view: PlanProgressView | null; isLoading: boolean; error: string | null };

/** The year's plan progress, reloaded when the year or `version` changes (after a progress note is saved). */
export function usePlanProgress(year: number | null, version: number): ProgressState {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [state, setState] = useState<ProgressState>({ view: null, isLoading: year !== null, error: null });
  useEffect(() => {
    if (year === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, isLoading: true, error: null }));
    dataProvider
      .planProgress({ year, signal: controller.signal })
      .then(({ data }) => {
        // No data after a 401: react-admin is already taking the user to the login page.
        if (!controller.signal.aborted && data !== undefined) setState({ view: data, isLoading: false, error: null });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, isLoading: false, error: error instanceof Error ? error.message : 'ra.notification.http_error' }));
      });
    return () => controller.abort();
  }, [dataProvider, year, version]);
  return state;
}
