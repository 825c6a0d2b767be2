import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import ToggleButton from '@mui/material/ToggleButton';
import { useListContext, useTranslate } from 'react-admin';

/** Bộ lọc nhanh: only the devices overdue or due soon for maintenance or a security check. */
export function NeedsMaintenanceToggle() {
  const { filterValues, displayedFilters, setFilters } = useListContext();
  const translate = useTranslate();
  const isOn = filterValues.needsMaintenance === true;
  const toggle = () => {
    const { needsMaintenance: _dropped, ...rest } = filterValues;
    setFilters(isOn ? rest : { ...rest, needsMaintenance: true }, displayedFilters);
  };
  return (
    <ToggleButton value="needsMaintenance" selected={isOn} onChange={toggle} size="small" color="warning" title={translate('kntc.office.equipment.needs_maintenance_hint')}>
      <WarningAmberIcon fontSize="small" sx={{ mr: 0.5 }} />
      {translate('kntc.office.equipment.needs_maintenance')}
    </ToggleButton>
  );
}
