import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CardHeader from '@mui/material/CardHeader';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useLogout, useNotify, useTranslate } from 'react-admin';
import { accountApi, formFailureOf, qrImageSource, type AccountSecurity, type TotpEnrolment } from './account-api';

type Props = { security: AccountSecurity; onChanged: () => void };

/**
 * Xác thực hai bước: an authenticator app (any TOTP app) adds a 6-digit code to the password at
 * sign-in. Enrolling asks for the password again, shows the secret once and is confirmed by a first
 * code; turning it off takes a current code (an official who lost the phone asks an administrator).
 */
export function TotpCard({ security, onChanged }: Props) {
  const translate = useTranslate();
  const notify = useNotify();
  const logout = useLogout();
  const [enrolment, setEnrolment] = useState<TotpEnrolment | null>(null);
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setErrors({});
    setMessage('');
    try {
      await action();
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

  const start = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      setEnrolment(await accountApi().startTotp(password));
      setPassword('');
    });
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await accountApi().confirmTotp(code);
      setEnrolment(null);
      setCode('');
      notify('kntc.account.totp_enabled', { type: 'success' });
      onChanged();
    });
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      await accountApi().disableTotp(code);
      setCode('');
      notify('kntc.account.totp_disabled', { type: 'info' });
      onChanged();
    });
  };

  const codeInput = (
    <TextField
      label={translate('kntc.account.totp_code')}
      value={code}
      onChange={(e) => setCode(e.target.value)}
      autoComplete="one-time-code"
      required
      slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 7 } }}
      error={Boolean(errors.code)}
      helperText={errors.code ?? translate('kntc.account.totp_code_help')}
    />
  );

  return (
    <Card component="section" aria-labelledby="totp-title">
      <CardHeader id="totp-title" title={translate('kntc.account.totp_title')} slotProps={{ title: { component: 'h2' } }} subheader={translate(security.totpEnabled ? 'kntc.account.totp_on' : 'kntc.account.totp_off')} />
      <CardContent>
        <Stack spacing={2} sx={{ maxWidth: 480 }}>
          {message && <Alert severity="error">{message}</Alert>}
          {security.requireTotpForReveal && !security.sessionSecondFactor && (
            <Alert severity="warning">{translate('kntc.account.totp_required_for_reveal')}</Alert>
          )}
          {security.totpEnabled ? (
            <form onSubmit={disable} noValidate>
              <Stack spacing={2}>
                <Typography variant="body2">{translate('kntc.account.totp_disable_help')}</Typography>
                {codeInput}
                <div>
                  <Button type="submit" color="warning" variant="outlined" disabled={busy}>
                    {translate('kntc.account.totp_disable')}
                  </Button>
                </div>
              </Stack>
            </form>
          ) : enrolment ? (
            <form onSubmit={confirm} noValidate>
              <Stack spacing={2}>
                <Typography variant="body2">{translate('kntc.account.totp_scan')}</Typography>
                <Box component="img" src={qrImageSource(enrolment.qrSvg)} alt={translate('kntc.account.totp_qr_alt')} sx={{ width: 220, height: 220 }} />
                <Typography variant="body2">
                  {translate('kntc.account.totp_manual')}{' '}
                  <Box component="code" sx={{ fontSize: '1rem', letterSpacing: '0.1em', wordBreak: 'break-all' }}>
                    {enrolment.secret}
                  </Box>
                </Typography>
                <Alert severity="info">{translate('kntc.account.totp_shown_once')}</Alert>
                {codeInput}
                <div>
                  <Button type="submit" variant="contained" disabled={busy}>
                    {translate('kntc.account.totp_confirm')}
                  </Button>
                </div>
              </Stack>
            </form>
          ) : (
            <form onSubmit={start} noValidate>
              <Stack spacing={2}>
                <Typography variant="body2">{translate('kntc.account.totp_intro')}</Typography>
                <TextField
                  label={translate('kntc.account.current_password')}
                  type="password"
                  autoComplete="current-password"
                  value={password}
                  onChange={(e) => setPassword(e.target.value)}
                  required
                  error={Boolean(errors.currentPassword)}
                  helperText={errors.currentPassword}
                />
                <div>
                  <Button type="submit" variant="contained" disabled={busy}>
                    {translate('kntc.account.totp_start')}
                  </Button>
                </div>
              </Stack>
            </form>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
