import Chip from '@mui/material/Chip';
import { useTranslate } from 'react-admin';

/** In use / no longer offered; the word carries the meaning, the colour only repeats it. */
export function ActiveChip({ isActive }: { isActive: boolean }) {
  const translate = useTranslate();
  return isActive ? (
    <Chip size="small" color="success" label={translate('kntc.catalogues.active')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('kntc.catalogues.inactive')} />
  );
}
