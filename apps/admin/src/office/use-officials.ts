import type { RouterOutputs } from '@kntc/api/client';
import { useEffect, useState } from 'react';
import { trpc } from '../providers/trpc-client';

export type OfficialChoice = RouterOutputs['users']['list']['data'][number];

/**
 * The agency's active officials for the office's pickers (user.read, which the administration
 * office and leaders hold); an empty list while loading or if the request failed.
 */
export function useOfficials(): { officials: OfficialChoice[]; isPending: boolean } {
  const [state, setState] = useState<{ officials: OfficialChoice[]; isPending: boolean }>({ officials: [], isPending: true });
  useEffect(() => {
    const controller = new AbortController();
    trpc.users.list
      .query(undefined, { signal: controller.signal })
      .then(({ data }) => setState({ officials: data, isPending: false }))
      .catch(() => {
        if (!controller.signal.aborted) setState({ officials: [], isPending: false });
      });
    return () => controller.abort();
  }, []);
  return state;
}

/** "Đỗ Thị Hoa – Chuyên viên Phòng Hành chính - Tổng hợp": a name with the post tells namesakes apart. */
export const officialChoices = (officials: readonly OfficialChoice[]) =>
  officials.map((o) => ({ id: o.id, name: o.position ? `${o.fullName} – ${o.position}` : o.fullName }));
