import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import { useId } from 'react';
import { useInput, useTranslate } from 'react-admin';

type Choice = { id: string; name: string };

/**
 * The eligibility conditions as a group of checkboxes, one ticked per condition the letter fails.
 * A fieldset with its legend, so each box is announced with the question it answers; written
 * here rather than with CheckboxGroupInput, which hands MUI 9 a prop it no longer takes.
 */
export function ConditionCheckboxes({ source, label, helperText, choices }: { source: string; label: string; helperText: string; choices: Choice[] }) {
  const translate = useTranslate();
  const helperId = useId();
  const { field, fieldState } = useInput({ source, defaultValue: [] });
  const selected: string[] = Array.isArray(field.value) ? field.value.filter((v): v is string => typeof v === 'string') : [];
  const toggle = (id: string, checked: boolean) =>
    field.onChange(checked ? [...selected.filter((v) => v !== id), id] : selected.filter((v) => v !== id));
  const error = fieldState.error?.message;
  return (
    <FormControl component="fieldset" error={error !== undefined} margin="dense" aria-describedby={helperId}>
      <FormLabel component="legend">{translate(label)}</FormLabel>
      <FormGroup>
        {choices.map((choice) => (
          <FormControlLabel
            key={choice.id}
            control={
              <Checkbox
                name={`${field.name}.${choice.id}`}
                checked={selected.includes(choice.id)}
                onChange={(event) => toggle(choice.id, event.target.checked)}
                onBlur={field.onBlur}
              />
            }
            label={choice.name}
          />
        ))}
      </FormGroup>
      <FormHelperText id={helperId}>{error ? translate(error) : translate(helperText)}</FormHelperText>
    </FormControl>
  );
}
