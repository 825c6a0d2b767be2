import Typography from '@mui/material/Typography';
import { Login, useTranslate } from 'react-admin';
import { LoginSteps } from '../account/LoginSteps';

/**
 * react-admin's login page, with the system's name so users know where they are signing in, and a
 * form that also takes the new-password and authenticator-code steps.
 */
export function LoginPage() {
  const translate = useTranslate();
  return (
    <Login>
      <Typography component="h1" variant="h6" align="center" sx={{ mt: 1, px: 2 }}>
        {translate('kntc.title')}
      </Typography>
      <LoginSteps />
    </Login>
  );
}
