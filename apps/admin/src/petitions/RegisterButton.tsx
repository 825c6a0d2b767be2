import BookIcon from '@mui/icons-material/Book';
import { useState } from 'react';
import {
  Button,
  Confirm,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useResourceContext,
} from 'react-admin';
import type { KntcDataProvider, Petition } from '../providers/data-provider';

/** Vào sổ: gives a draft its receipt number. Shown only for drafts the user may register. */
export function RegisterButton() {
  const record = useRecordContext<Petition>();
  const resource = useResourceContext() ?? 'petitions';
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const { canAccess } = useCanAccess({ action: 'register', resource, record });

  if (!record || record.status !== 'draft' || !canAccess) return null;

  const register = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.registerPetition({ id: record.id, version: record.version });
      // After a 401 react-admin has already logged the user out and resolves with no data.
      if (!data) return;
      notify('kntc.petitions.registered', { type: 'success', messageArgs: { receiptNumber: data.receiptNumber ?? '' } });
      refresh();
    } catch (error) {
      // The server explains itself in Vietnamese (already registered, changed meanwhile…).
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="kntc.petitions.register" onClick={() => setOpen(true)} disabled={pending}>
        <BookIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="kntc.petitions.register_title"
        content="kntc.petitions.register_content"
        contentTranslateOptions={{ year: record.receivedDate.slice(0, 4) }}
        confirm="kntc.petitions.register"
        onConfirm={() => void register()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
