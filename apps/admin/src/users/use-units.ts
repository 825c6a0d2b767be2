import type { RouterOutputs } from '@kntc/api/client';
import { useEffect, useState } from 'react';
import { trpc } from '../providers/trpc-client';

export type UnitChoice = RouterOutputs['users']['units'][number];

/** The agency's units for the unit picker; an empty list while loading or if the request failed. */
export function useUnits(): { units: UnitChoice[]; isPending: boolean } {
  const [state, setState] = useState<{ units: UnitChoice[]; isPending: boolean }>({ units: [], isPending: true });
  useEffect(() => {
    const controller = new AbortController();
    trpc.users.units
      .query(undefined, { signal: controller.signal })
      .then((units) => setState({ units, isPending: false }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ units: [], isPending: false });
      });
    return () => controller.abort();
  }, []);
  return state;
}
