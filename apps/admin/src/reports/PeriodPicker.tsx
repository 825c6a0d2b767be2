import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { reportPeriodKinds, todayInVietnam, type ReportPeriodKind } from '@kntc/domain';
import { useTranslate } from 'react-admin';
import { reportYears, statutoryOptions, type PeriodChoice, type PeriodChoiceResult } from './period-choice';

const isPeriodKind = (value: string): value is ReportPeriodKind => (reportPeriodKinds as readonly string[]).includes(value);

/**
 * Kỳ báo cáo: a statutory period of a report year, each shown with the days its figures cover
 * (cut-off rule), or any range of days. Errors come from the domain's own checks (`periodRequestOf`).
 */
export function PeriodPicker({ value, result, onChange }: { value: PeriodChoice; result: PeriodChoiceResult; onChange: (next: PeriodChoice) => void }) {
  const translate = useTranslate();
  const years = reportYears(todayInVietnam());
  const options = statutoryOptions(value.year);
  const errors = result.ok ? {} : result.errors;
  const isCustom = value.kind === 'custom';
  return (
    // react-admin's theme makes every field full width; the picker lays its fields out side by side.
    <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <TextField
        select
        fullWidth={false}
        label={translate('kntc.reports.year')}
        value={String(value.year)}
        onChange={(e) => onChange({ ...value, year: Number(e.target.value) })}
        disabled={isCustom}
        error={!isCustom && errors.year !== undefined}
        helperText={!isCustom && errors.year ? errors.year : ' '}
        sx={{ width: 160, flex: '0 0 auto' }}
      >
        {years.map((year) => (
          <MenuItem key={year} value={String(year)}>
            {year}
          </MenuItem>
        ))}
      </TextField>
      <FormControl component="fieldset" fullWidth={false}>
        <FormLabel component="legend">{translate('kntc.reports.period')}</FormLabel>
        <RadioGroup
          value={value.kind}
          onChange={(e) => {
            if (isPeriodKind(e.target.value)) onChange({ ...value, kind: e.target.value });
          }}
        >
          {options.map((option) => (
            <FormControlLabel
              key={option.kind}
              value={option.kind}
              control={<Radio size="small" />}
              label={
                <span>
                  {option.label}{' '}
                  <Typography component="span" variant="body2" color="text.secondary">
                    ({option.range})
                  </Typography>
                </span>
              }
            />
          ))}
          {options.length === 0 ? (
            <Typography variant="body2" color="error">
              {translate('kntc.reports.no_rule', { year: value.year })}
            </Typography>
          ) : null}
          <FormControlLabel value="custom" control={<Radio size="small" />} label={translate('kntc.reports.custom')} />
        </RadioGroup>
      </FormControl>
      {isCustom ? (
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignSelf: 'flex-end' }}>
          <TextField
            type="date"
            fullWidth={false}
            label={translate('kntc.reports.from')}
            value={value.from}
            onChange={(e) => onChange({ ...value, from: e.target.value })}
            error={errors.from !== undefined}
            helperText={errors.from ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            type="date"
            fullWidth={false}
            label={translate('kntc.reports.to')}
            value={value.to}
            onChange={(e) => onChange({ ...value, to: e.target.value })}
            error={errors.to !== undefined}
            helperText={errors.to ?? ' '}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Box>
      ) : null}
    </Box>
  );
}
