import BuildIcon from '@mui/icons-material/Build';
import Box from '@mui/material/Box';
import { useState } from 'react';
import { Button, DateInput, SelectInput, TextInput, useCanAccess, useDataProvider, useRecordContext, useRefresh } from 'react-admin';
import type { Equipment } from '../office/data-methods';
import { RecordDialog } from '../forms/RecordDialog';
import type { KntcDataProvider } from '../providers/data-provider';
import { equipmentStatusChoices, label, maintenanceKindChoices } from './choices';
import { MaintenanceLineSchema, maintenanceLineDefaults, maintenanceLineResolver } from './equipment-form';

/** Ghi bảo trì, kiểm tra: a dated line of the log, which moves the device's next due date. */
export function RecordCheckButton() {
  const device = useRecordContext<Equipment>();
  const dataProvider = useDataProvider<KntcDataProvider>();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'equipment', action: 'record_check' });
  const [open, setOpen] = useState(false);
  if (!device || !canAccess) return null;
  // The national database's access devices are checked for security; others are maintained.
  const kind = device.type === 'national_database_access' ? 'security_check' : 'maintenance';
  return (
    <>
      <Button label="kntc.office.equipment.record_check" onClick={() => setOpen(true)}>
        <BuildIcon />
      </Button>
      {open ? (
        <RecordDialog
          title="kntc.office.equipment.record_title"
          confirm="kntc.office.equipment.record_check"
          done="kntc.office.equipment.recorded"
          resolver={maintenanceLineResolver}
          defaults={maintenanceLineDefaults(kind)}
          onSaved={refresh}
          save={(values) => dataProvider.addEquipmentMaintenance({ equipmentId: String(device.id), version: device.version, ...MaintenanceLineSchema.parse(values) })}
          onClose={() => setOpen(false)}
        >
          <Box sx={{ display: 'grid', gap: 1 }}>
            <DateInput source="date" label={label('date')} />
            <SelectInput source="kind" label={label('kind')} choices={maintenanceKindChoices} />
            <TextInput source="performedBy" label={label('performedBy')} />
            <TextInput source="result" label={label('result')} multiline minRows={2} />
            <SelectInput source="statusAfter" label={label('statusAfter')} choices={equipmentStatusChoices} emptyText="kntc.office.equipment.status_unchanged" />
          </Box>
        </RecordDialog>
      ) : null}
    </>
  );
}
