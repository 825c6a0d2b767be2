import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { useLogin, useNotify, useTranslate } from 'react-admin';
import { isLoginStep, type LoginStepName } from './login-steps';

type Step = 'password' | LoginStepName;
type Fields = { username: string; password: string; newPassword: string; confirmPassword: string; totpCode: string };
const empty: Fields = { username: '', password: '', newPassword: '', confirmPassword: '', totpCode: '' };

/**
 * The back office's sign-in form. After the password it may ask for a new password (the current
 * one was set by an administrator) and then for the authenticator code; each step resends what the
 * earlier ones collected, because the server keeps no half-finished sign-in.
 */
export function LoginSteps() {
  const translate = useTranslate();
  const login = useLogin();
  const notify = useNotify();
  const [step, setStep] = useState<Step>('password');
  const [fields, setFields] = useState<Fields>(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [info, setInfo] = useState('');
  const [busy, setBusy] = useState(false);

  const set = (name: keyof Fields) => (event: { target: { value: string } }) => setFields((f) => ({ ...f, [name]: event.target.value }));

  const restart = () => {
    setStep('password');
    setFields(empty);
    setErrors({});
    setInfo('');
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (step !== 'password' && fields.newPassword !== fields.confirmPassword && (step === 'newPassword' || fields.newPassword)) {
      setErrors({ confirmPassword: translate('kntc.account.passwords_differ') });
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      await login({
        username: fields.username,
        password: fields.password,
        ...(step !== 'password' && fields.newPassword ? { newPassword: fields.newPassword } : {}),
        ...(step === 'totp' ? { totpCode: fields.totpCode } : {}),
      });
    } catch (error) {
      if (isLoginStep(error)) {
        setStep(error.step);
        setErrors(error.fieldErrors);
        setInfo(error.message);
        if (error.step === 'totp') setFields((f) => ({ ...f, totpCode: '' }));
      } else {
        notify(error instanceof Error && error.message ? error.message : 'ra.auth.sign_in_error', { type: 'error' });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <CardContent>
        <Stack spacing={2}>
          {step === 'password' ? (
            <>
              <TextField
                label={translate('ra.auth.username')}
                value={fields.username}
                onChange={set('username')}
                autoComplete="username"
                autoFocus
                required
                fullWidth
              />
              <TextField
                label={translate('ra.auth.password')}
                type="password"
                value={fields.password}
                onChange={set('password')}
                autoComplete="current-password"
                required
                fullWidth
              />
            </>
          ) : (
            <Alert severity="info">{info}</Alert>
          )}
          {step === 'newPassword' && (
            <>
              <TextField
                label={translate('kntc.account.new_password')}
                type="password"
                value={fields.newPassword}
                onChange={set('newPassword')}
                autoComplete="new-password"
                autoFocus
                required
                fullWidth
                error={Boolean(errors.newPassword)}
                helperText={errors.newPassword ?? translate('kntc.account.password_rules')}
              />
              <TextField
                label={translate('kntc.account.confirm_password')}
                type="password"
                value={fields.confirmPassword}
                onChange={set('confirmPassword')}
                autoComplete="new-password"
                required
                fullWidth
                error={Boolean(errors.confirmPassword)}
                helperText={errors.confirmPassword}
              />
            </>
          )}
          {step === 'totp' && (
            <TextField
              label={translate('kntc.account.totp_code')}
              value={fields.totpCode}
              onChange={set('totpCode')}
              autoComplete="one-time-code"
              autoFocus
              required
              fullWidth
              slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
              error={Boolean(errors.totpCode)}
              helperText={errors.totpCode ?? translate('kntc.account.totp_code_help')}
            />
          )}
          <Button type="submit" variant="contained" disabled={busy} fullWidth startIcon={busy ? <CircularProgress size={18} /> : null}>
            {translate(step === 'password' ? 'ra.auth.sign_in' : 'kntc.account.continue')}
          </Button>
          {step !== 'password' && (
            <Button onClick={restart} disabled={busy} fullWidth>
              {translate('kntc.account.restart_login')}
            </Button>
          )}
        </Stack>
      </CardContent>
    </form>
  );
}
