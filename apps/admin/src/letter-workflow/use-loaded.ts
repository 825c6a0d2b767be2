import { useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { status: 'idle' }
  | { status: 'loading'; previous: T | undefined }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; message: string };

/**
 * Loads something beside the record (timeline, documents, files, outcomes) and loads it again
 * whenever `key` changes (the record's version after a workflow step) or `reload` is called.
 * An empty key means "nothing to load yet". The previous answer stays visible while the next
 * loads, so a panel does not flicker after every step.
 */
export function useLoaded<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> & { reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const [round, setRound] = useState(0);
  // The loader is a fresh closure each render; only the key decides when to load again.
  const loadRef = useRef(load);
  // Declared before the loading effect, so it runs first and the load uses this render's closure.
  useEffect(() => {
    loadRef.current = load;
  });

  useEffect(() => {
    if (key === '') {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState((current) => ({ status: 'loading', previous: current.status === 'loaded' ? current.data : current.status === 'loading' ? current.previous : undefined }));
    loadRef
      .current(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setState({ status: 'loaded', data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: error instanceof Error && error.message ? error.message : 'ra.notification.http_error' });
      });
    return () => controller.abort();
  }, [key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}

/** The data to show now: the fresh answer, or the previous one while reloading. */
export function currentData<T>(state: Loaded<T>): T | undefined {
  if (state.status === 'loaded') return state.data;
  if (state.status === 'loading') return state.previous;
  return undefined;
}
