import Typography from '@mui/material/Typography';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** react-admin's login, with the system's name so users know where they are signing in. */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h6" align="center" sx={{ mt: 1, px: 2 }}>
        {translate('kntc.title')}
      </Typography>
      <LoginForm />
    </Login>
  );
}
