import MuiTextField from '@mui/material/TextField';
import { useRecordContext, useTranslate } from 'react-admin';

/** A field of the record shown where an input would be, for what a form may not change. */
export function ReadOnlyText({ source, label, helperText }: { source: string; label: string; helperText?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  return (
    <MuiTextField
      label={translate(label)}
      value={typeof value === 'string' ? value : ''}
      helperText={helperText}
      slotProps={{ input: { readOnly: true } }}
      variant="filled"
      size="small"
    />
  );
}
