import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';

/** Official (announced by the Government) or provisional (derived from the Labour Code until it is). */
export function ProvisionalChip({ provisional }: { provisional: boolean }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={provisional ? 'warning' : 'success'}
      label={translate(provisional ? 'kntc.calendars.provisional' : 'kntc.calendars.official')}
    />
  );
}
