import LockResetIcon from '@mui/icons-material/LockReset';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { formFailureOf } from '../account/account-api';
import type { UserAccountRecord } from '../providers/data-provider';
import { trpc } from '../providers/trpc-client';

/**
 * Đặt lại mật khẩu: the administrator types a temporary password to hand over in person. Every
 * session of the official ends, and they must choose their own password at the next sign-in.
 */
export function ResetPasswordButton() {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const record = useRecordContext<UserAccountRecord>();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return null;

  const close = () => {
    setOpen(false);
    setPassword('');
    setError('');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!record) return;
    setBusy(true);
    setError('');
    try {
      await trpc.users.resetPassword.mutate({ id: String(record.id), temporaryPassword: password });
      notify('kntc.users.password_reset', { type: 'success', messageArgs: { username: record.username }, multiLine: true });
      close();
      refresh();
    } catch (failure) {
      const { message, fieldErrors } = formFailureOf(failure);
      setError(fieldErrors.temporaryPassword ?? message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" startIcon={<LockResetIcon />} onClick={() => setOpen(true)}>
        {translate('kntc.users.reset_password')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby="reset-password-title">
        <form onSubmit={submit} noValidate>
          <DialogTitle id="reset-password-title">{translate('kntc.users.reset_password_title', { username: record.username })}</DialogTitle>
          <DialogContent>
            <DialogContentText sx={{ mb: 2 }}>{translate('kntc.users.reset_password_help')}</DialogContentText>
            <TextField
              label={translate('resources.users.fields.temporaryPassword')}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              autoFocus
              required
              fullWidth
              error={Boolean(error)}
              helperText={error || translate('kntc.account.password_rules')}
            />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={busy}>
              {translate('kntc.users.reset_password')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
