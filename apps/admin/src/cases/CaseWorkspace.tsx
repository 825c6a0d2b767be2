import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { CaseCommandName } from './case-api';

/** A dialog of the case page: a command, or taking the case over (an assignment to oneself). */
export type CaseDialogName = CaseCommandName | 'take_over';

type CaseWorkspace = {
  /** Counts the changes made from this page; panels reload when it moves. */
  changes: number;
  changed(): void;
  /** The command whose dialog is open, if any. */
  command: CaseDialogName | null;
  open(command: CaseDialogName): void;
  close(): void;
};

const noop = () => undefined;
const CaseWorkspaceContext = createContext<CaseWorkspace>({ changes: 0, changed: noop, command: null, open: noop, close: noop });

/**
 * State shared by the case page's action bar, sections and dialog: the action bar sits outside
 * the page's content in react-admin's layout, so both are wrapped here.
 */
export function CaseWorkspaceProvider({ children }: { children: ReactNode }) {
  const [changes, setChanges] = useState(0);
  const [command, setCommand] = useState<CaseDialogName | null>(null);
  const value = useMemo<CaseWorkspace>(
    () => ({
      changes,
      changed: () => setChanges((n) => n + 1),
      command,
      open: setCommand,
      close: () => setCommand(null),
    }),
    [changes, command],
  );
  return <CaseWorkspaceContext.Provider value={value}>{children}</CaseWorkspaceContext.Provider>;
}

export const useCaseWorkspace = () => useContext(CaseWorkspaceContext);
