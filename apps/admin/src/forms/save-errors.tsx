import { Button, useCloseNotification, useNotify, useRefresh } from 'react-admin';
import { hasFieldErrors, isConflict } from '../providers/http-error';

/**
 * Reloads the record in place. The edit form keeps dirty values on reset, so what the
 * user typed survives while untouched fields and the version catch up with the server.
 */
function ReloadRecordButton({ label }: { label: string }) {
  const refresh = useRefresh();
  const close = useCloseNotification();
  return (
    <Button
      label={label}
      color="inherit"
      onClick={() => {
        refresh();
        close();
      }}
    />
  );
}

/**
 * react-admin's default save error handling, plus a way out of a version conflict that does
 * not involve the browser's reload (which would lose the form).
 */
export function useSaveErrorHandler(reloadLabel = 'kntc.forms.reload') {
  const notify = useNotify();
  return (error: unknown) => {
    // Field errors are on the inputs, and react-admin already notified root.serverError.
    if (hasFieldErrors(error)) return;
    const message = error instanceof Error && error.message ? error.message : 'ra.notification.http_error';
    if (isConflict(error)) {
      notify(message, { type: 'error', multiLine: true, autoHideDuration: null, action: <ReloadRecordButton label={reloadLabel} /> });
      return;
    }
    notify(message, { type: 'error' });
  };
}
