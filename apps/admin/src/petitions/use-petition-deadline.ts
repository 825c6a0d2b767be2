import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { KntcDataProvider, Petition, PetitionDeadline } from '../providers/data-provider';

type DeadlineState =
  | { status: 'loading' }
  | { status: 'loaded'; deadline: PetitionDeadline }
  | { status: 'failed'; message: string };

/**
 * The letter's deadline and its explanation. Fetched again whenever the record's due date or
 * version changes, so a refresh after a calendar or rule edit shows the new computation.
 */
export function usePetitionDeadline(record: Petition | undefined): DeadlineState {
  const dataProvider = useDataProvider<KntcDataProvider>();
  const [state, setState] = useState<DeadlineState>({ status: 'loading' });
  const id = record?.id;
  const dueDate = record?.dueDate;
  const version = record?.version;

  useEffect(() => {
    if (id === undefined) return;
    const controller = new AbortController();
    setState({ status: 'loading' });
    dataProvider
      .petitionDeadline({ id, signal: controller.signal })
      .then(({ data }) => {
        // No data after a 401: react-admin is already taking the user to the login page.
        if (!controller.signal.aborted && data !== undefined) setState({ status: 'loaded', deadline: data });
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'failed', message: error instanceof Error ? error.message : 'ra.notification.http_error' });
      });
    return () => controller.abort();
  }, [dataProvider, id, dueDate, version]);

  return state;
}
