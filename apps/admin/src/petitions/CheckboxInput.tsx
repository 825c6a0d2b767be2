import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import type { SxProps, Theme } from '@mui/material/styles';
import { FieldTitle, useInput, useResourceContext } from 'react-admin';

/**
 * A yes/no field as a checkbox rather than react-admin's switch: it reads as a box to tick on a
 * paper form ("Người đại diện"), and assistive technology announces it as a checkbox.
 */
export function CheckboxInput({ source, label, sx }: { source: string; label?: string; sx?: SxProps<Theme> }) {
  const resource = useResourceContext();
  const { id, field, isRequired } = useInput({ source, defaultValue: false, type: 'checkbox' });
  return (
    <FormControlLabel
      sx={sx}
      control={
        <Checkbox
          id={id}
          name={field.name}
          slotProps={{ input: { ref: field.ref } }}
          checked={field.value === true}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
        />
      }
      label={<FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} />}
    />
  );
}
