import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

type Revision = { revision: number; bump: () => void };

const RevisionContext = createContext<Revision>({ revision: 0, bump: () => undefined });

/**
 * Counts changes that do not touch the letter's own version (a file added or removed), so the
 * panels around the letter (timeline, files) know to load again.
 */
export function RevisionProvider({ children }: { children: ReactNode }) {
  const [revision, setRevision] = useState(0);
  const bump = useCallback(() => setRevision((n) => n + 1), []);
  const value = useMemo(() => ({ revision, bump }), [revision, bump]);
  return <RevisionContext.Provider value={value}>{children}</RevisionContext.Provider>;
}

export const useRevision = () => useContext(RevisionContext);
