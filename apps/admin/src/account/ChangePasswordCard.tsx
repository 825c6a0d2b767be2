import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { accountApi, formFailureOf } from './account-api';

const blank = { currentPassword: '', newPassword: '', confirmPassword: '' };

/**
 * Đổi mật khẩu: the current password, then the new one twice. The server checks the rules
 * (length, not containing the username, different from the current one) and ends the official's
 * other sessions; this one stays signed in.
 */
export function ChangePasswordCard() {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const [values, setValues] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const set = (name: keyof typeof blank) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (values.newPassword !== values.confirmPassword) {
      setErrors({ confirmPassword: translate('kntc.account.passwords_differ') });
      return;
    }
    setBusy(true);
    setErrors({});
    setMessage('');
    try {
      await accountApi().changePassword({ currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues(blank);
      notify('kntc.account.password_changed', { type: 'success', multiLine: true });
    } catch (error) {
      const failure = formFailureOf(error);
      if (failure.status === 401) {
        void logout();
        return;
      }
      setErrors(failure.fieldErrors);
      if (Object.keys(failure.fieldErrors).length === 0) setMessage(failure.message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card component="section" aria-labelledby="change-password-title">
      <CardHeader id="change-password-title" title={translate('kntc.account.change_password')} slotProps={{ title: { component: 'h2' } }} />
      <CardContent>
        <form onSubmit={submit} noValidate>
          <Stack spacing={2} sx={{ maxWidth: 420 }}>
            {message && <Alert severity="error">{message}</Alert>}
            <TextField
              label={translate('kntc.account.current_password')}
              type="password"
              autoComplete="current-password"
              value={values.currentPassword}
              onChange={set('currentPassword')}
              required
              error={Boolean(errors.currentPassword)}
              helperText={errors.currentPassword}
            />
            <TextField
              label={translate('kntc.account.new_password')}
              type="password"
              autoComplete="new-password"
              value={values.newPassword}
              onChange={set('newPassword')}
              required
              error={Boolean(errors.newPassword)}
              helperText={errors.newPassword ?? translate('kntc.account.password_rules')}
            />
            <TextField
              label={translate('kntc.account.confirm_password')}
              type="password"
              autoComplete="new-password"
              value={values.confirmPassword}
              onChange={set('confirmPassword')}
              required
              error={Boolean(errors.confirmPassword)}
              helperText={errors.confirmPassword}
            />
            <div>
              <Button type="submit" variant="contained" disabled={busy}>
                {translate('kntc.account.change_password')}
              </Button>
            </div>
          </Stack>
        </form>
      </CardContent>
    </Card>
  );
}
