import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { KntcDataProvider, Reminder } from '../providers/data-provider';

export type RemindersState = { status: 'loading' } | { status: 'loaded'; reminders: Reminder[] } | { status: 'failed'; message: string };

/**
 * The signed-in official's reminders, loaded when the dashboard opens and again whenever its tab
 * comes back into view: a dashboard left open all day should not show yesterday's list.
 */
export function useReminders(): RemindersState {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [state, setState] = useState<RemindersState>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const reload = () => {
      if (document.visibilityState === 'visible') setRound((n) => n + 1);
    };
    document.addEventListener('visibilitychange', reload);
    return () => document.removeEventListener('visibilitychange', reload);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    dataProvider
      .myReminders({ signal: controller.signal })
      .then(({ data }) => {
        // No data after a 401: react-admin is already taking the user to the login page.
        if (!controller.signal.aborted && data !== undefined) setState({ status: 'loaded', reminders: data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: error instanceof Error ? error.message : 'ra.notification.http_error' });
      });
    return () => controller.abort();
  }, [dataProvider, round]);

  return state;
}
