import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/** Runs one named step of a session, then reloads the page; a refusal shows the server's Vietnamese message. */
export function useStep() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);
  const run = async (step: () => Promise<unknown>, done: string, args?: Record<string, unknown>): Promise<boolean> => {
    setPending(true);
    try {
      await step();
      notify(done, { type: 'success', messageArgs: args });
      refresh();
      return true;
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
      return false;
    } finally {
      setPending(false);
    }
  };
  return { run, pending };
}
