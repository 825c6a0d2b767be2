import { useEffect, useState } from 'react';
import { useCaseWorkspace } from './CaseWorkspace';

export type CaseDataState<T> = { status: 'loading' } | { status: 'loaded'; data: T } | { status: 'failed'; message: string };

/**
 * One of the case's panels (deadline, steps, measures, timeline, documents). Loaded again when
 * the case changes (its version) and after any change made from this page, which may add a row
 * without touching the case itself (a verification step, a measure done).
 */
export function useCaseData<T>(
  load: ((signal: AbortSignal) => Promise<{ data: T }>) | undefined,
  key: readonly unknown[],
): CaseDataState<T> {
  const { changes } = useCaseWorkspace();
  const [state, setState] = useState<CaseDataState<T>>({ status: 'loading' });
  const depends = JSON.stringify([...key, changes]);

  useEffect(() => {
    if (!load) return;
    const controller = new AbortController();
    load(controller.signal)
      .then(({ data }) => {
        // No data after a 401: react-admin is already taking the user to the login page.
        if (!controller.signal.aborted && data !== undefined) setState({ status: 'loaded', data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: error instanceof Error ? error.message : 'ra.notification.http_error' });
      });
    return () => controller.abort();
    // `load` is a fresh closure each render; `depends` says when the data may have changed.
  }, [depends]);

  return state;
}
