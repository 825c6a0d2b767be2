import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { dashboardPeriodPresetLabels, dashboardPeriodPresets, type DashboardPeriodPreset, type IsoDate } from '@kntc/domain';
import { useTranslate } from 'react-admin';
import { useUnits } from '../users/use-units';
import { withPreset, type LeadersFilter, type LeadersRequestResult } from './leaders-filter';

const isPreset = (value: string): value is DashboardPeriodPreset => (dashboardPeriodPresets as readonly string[]).includes(value);

/** Khoảng thời gian (presets or custom days), đơn vị, and the export of every chart at once. */
export function DashboardFilters({
  filter,
  result,
  today,
  onChange,
  onExportAll,
  isExporting,
}: {
  filter: LeadersFilter;
  result: LeadersRequestResult;
  today: IsoDate;
  onChange: (next: LeadersFilter) => void;
  onExportAll: () => void;
  isExporting: boolean;
}) {
  const translate = useTranslate();
  const { units } = useUnits();
  const errors = result.ok ? {} : result.errors;
  const t = (key: string) => translate(`kntc.dashboard.leaders.${key}`);
  return (
    <Box role="group" aria-label={t('filters')} sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
      <TextField
        select
        label={t('period')}
        value={filter.preset}
        onChange={(e) => {
          if (isPreset(e.target.value)) onChange(withPreset(filter, e.target.value, today));
        }}
        helperText=" "
        sx={{ width: 220 }}
      >
        {dashboardPeriodPresets.map((preset) => (
          <MenuItem key={preset} value={preset}>
            {dashboardPeriodPresetLabels[preset]}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        type="date"
        label={t('from')}
        value={filter.from}
        onChange={(e) => onChange({ ...filter, preset: 'custom', from: e.target.value })}
        error={errors.from !== undefined}
        helperText={errors.from ?? ' '}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 190 }}
      />
      <TextField
        type="date"
        label={t('to')}
        value={filter.to}
        onChange={(e) => onChange({ ...filter, preset: 'custom', to: e.target.value })}
        error={errors.to !== undefined}
        helperText={errors.to ?? ' '}
        slotProps={{ inputLabel: { shrink: true } }}
        sx={{ width: 190 }}
      />
      <TextField
        select
        label={t('unit')}
        value={filter.unitId ?? ''}
        onChange={(e) => onChange({ ...filter, unitId: e.target.value === '' ? null : e.target.value })}
        error={errors.unitId !== undefined}
        helperText={errors.unitId ?? ' '}
        sx={{ width: 320 }}
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      >
        <MenuItem value="">{t('all_units')}</MenuItem>
        {units.map((unit) => (
          <MenuItem key={unit.id} value={unit.id}>
            {unit.name}
          </MenuItem>
        ))}
      </TextField>
      <Button variant="outlined" startIcon={<DownloadIcon aria-hidden />} onClick={onExportAll} disabled={!result.ok || isExporting} sx={{ mt: 1 }}>
        {t('export_all')}
      </Button>
    </Box>
  );
}
