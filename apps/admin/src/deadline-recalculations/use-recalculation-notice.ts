import { useRef } from 'react';
import { useDataProvider, useNotify, useRedirect, useResourceContext, type Identifier } from 'react-admin';
import type { DeadlineRecalculation } from '../providers/data-provider';
import { lettersMoved, recalculationsSince } from './recalculations-since';

const NEWEST_FIRST = { pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'DESC' as const }, filter: {} };

/**
 * Saving a calendar year or a rule moves the due dates of open letters on the server. This tells
 * the user how many moved, by reading the recalculation history just before and just after the
 * save: the server records one entry per save that moved anything, none when nothing moved.
 * Use `transform` and `onSuccess` on a pessimistic Edit or Create.
 */
export function useRecalculationNotice() {
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const redirect = useRedirect();
  const resource = useResourceContext();
  // undefined: the history could not be read before saving, so no count can be given.
  const newestBefore = useRef<string | null | undefined>(undefined);

  const history = async () => (await dataProvider.getList<DeadlineRecalculation>('deadlineRecalculations', NEWEST_FIRST)).data;

  const transform = async <T>(data: T): Promise<T> => {
    try {
      newestBefore.current = (await history())[0]?.id ?? null;
    } catch {
      newestBefore.current = undefined;
    }
    return data;
  };

  const announce = async () => {
    const before = newestBefore.current;
    if (before === undefined) return notify('kntc.recalculations.saved', { type: 'success' });
    try {
      const moved = lettersMoved(recalculationsSince(before, await history()));
      notify(moved > 0 ? 'kntc.recalculations.saved_moved' : 'kntc.recalculations.saved_none', {
        type: 'success',
        messageArgs: { count: moved },
      });
    } catch {
      notify('kntc.recalculations.saved', { type: 'success' });
    }
  };

  const onSuccess = (data: { id: Identifier }) => {
    void announce();
    redirect('show', resource, data.id);
  };

  return { transform, onSuccess };
}
