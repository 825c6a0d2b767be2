import RestoreIcon from '@mui/icons-material/SettingsBackupRestore';
import { useState } from 'react';
import { Button, Confirm, useArrayInput, useDataProvider, useNotify, useRecordContext } from 'react-admin';
import type { CalendarYear, KntcDataProvider } from '../providers/data-provider';

/**
 * Khôi phục theo quy định: replaces the rows on screen with the year as the official seed or the
 * Labour Code gives it. Nothing is saved until the user presses Save, so it can be reviewed first.
 */
export function RestoreDefaultButton() {
  const record = useRecordContext<CalendarYear>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const notify = useNotify();
  const { replace } = useArrayInput();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  if (!record) return null;

  const restore = async () => {
    setPending(true);
    try {
      const { data } = await dataProvider.calendarDefault({ year: record.year });
      if (!data) return;
      replace(data.entries.map((entry) => ({ ...entry })));
      notify('kntc.calendars.restored', { type: 'info', messageArgs: { count: data.entries.length } });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setPending(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="kntc.calendars.restore_default" onClick={() => setOpen(true)} disabled={pending}>
        <RestoreIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={pending}
        title="kntc.calendars.restore_title"
        content="kntc.calendars.restore_content"
        translateOptions={{ year: record.year }}
        contentTranslateOptions={{ year: record.year }}
        confirm="kntc.calendars.restore_default"
        onConfirm={() => void restore()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
