import Alert from '@mui/material/Alert';
import { useTranslate } from 'react-admin';

/** Says why the letter shows a pseudonym: the identity is in the vault, opened only with a reason. */
export function ProtectedSenderNote() {
  const translate = useTranslate();
  return (
    <Alert severity="info" variant="outlined" sx={{ mt: 1 }}>
      {translate('kntc.identities.protected_note')}
    </Alert>
  );
}
