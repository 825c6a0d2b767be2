import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import { useEffect, useState } from 'react';
import { Authenticated, Title, useLogout, useTranslate } from 'react-admin';
import { accountApi, formFailureOf, type AccountSecurity } from './account-api';
import { ChangePasswordCard } from './ChangePasswordCard';
import { TotpCard } from './TotpCard';

type State = { status: 'loading' } | { status: 'loaded'; security: AccountSecurity } | { status: 'failed'; message: string };

function AccountContent() {
  const translate = useTranslate();
  const logout = useLogout();
  const [state, setState] = useState<State>({ status: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    accountApi()
      .security(controller.signal)
      .then((security) => setState({ status: 'loaded', security }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        const failure = formFailureOf(error);
        if (failure.status === 401) void logout();
        else setState({ status: 'failed', message: failure.message });
      });
    return () => controller.abort();
  }, [round, logout]);

  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('kntc.account.title')} />
      <ChangePasswordCard />
      {state.status === 'loading' && <LinearProgress />}
      {state.status === 'failed' && <Alert severity="error">{state.message}</Alert>}
      {state.status === 'loaded' && <TotpCard security={state.security} onChanged={() => setRound((n) => n + 1)} />}
    </Stack>
  );
}

/** Tài khoản của tôi: every official's own password and second factor, whatever their role. */
export function AccountPage() {
  return (
    <Authenticated>
      <AccountContent />
    </Authenticated>
  );
}
