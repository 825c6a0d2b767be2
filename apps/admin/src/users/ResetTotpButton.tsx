import PhonelinkEraseIcon from '@mui/icons-material/PhonelinkErase';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { Confirm, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { formFailureOf } from '../account/account-api';
import type { UserAccountRecord } from '../providers/data-provider';
import { trpc } from '../providers/trpc-client';

/** For an official who lost the phone with their authenticator: sign-in asks for the password only until they enrol again. */
export function ResetTotpButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const record = useRecordContext<UserAccountRecord>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record?.totpEnabled) return null;

  async function confirm() {
    if (!record) return;
    setBusy(true);
    try {
      await trpc.users.resetTotp.mutate({ id: String(record.id) });
      notify('kntc.users.totp_reset', { type: 'success', messageArgs: { username: record.username } });
      refresh();
    } catch (failure) {
      notify(formFailureOf(failure).message, { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  }

  return (
    <>
      <Button size="small" startIcon={<PhonelinkEraseIcon />} onClick={() => setOpen(true)}>
        {translate('kntc.users.reset_totp')}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={translate('kntc.users.reset_totp_title', { username: record.username })}
        content={translate('kntc.users.reset_totp_help')}
        onConfirm={() => void confirm()}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
