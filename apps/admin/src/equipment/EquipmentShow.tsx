import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import {
  ArrayField,
  Datagrid,
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  NumberField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Equipment } from '../office/data-methods';
import { equipmentStatusChoices, equipmentTypeChoices, label, maintenanceKindChoices } from './choices';
import { dueText } from './maintenance-chip';
import { MaintenanceChip } from './MaintenanceChip';
import { RecordCheckButton } from './RecordCheckButton';

function ShowActions() {
  return (
    <TopToolbar sx={{ alignItems: 'center' }}>
      <RecordCheckButton />
      <EditButton />
    </TopToolbar>
  );
}

/** The warning with how far past (or before) its due date the device is. */
function MaintenanceStatus() {
  const device = useRecordContext<Equipment>();
  const translate = useTranslate();
  if (!device) return null;
  const due = dueText(device.maintenance);
  return (
    <Labeled label={label('maintenanceState')}>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <MaintenanceChip state={device.maintenanceState} />
        {due ? <Typography variant="body2">{translate(due.key, due.args)}</Typography> : null}
      </Box>
    </Labeled>
  );
}

function MaintenanceLog() {
  const device = useRecordContext<Equipment>();
  const translate = useTranslate();
  if (!device) return null;
  return (
    <Labeled label={label('log')} fullWidth>
      {device.log.length === 0 ? (
        <Typography variant="body2">{translate('kntc.office.equipment.no_log')}</Typography>
      ) : (
        <ArrayField source="log" label={false}>
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <DateField source="date" label={label('date')} />
            <SelectField source="kind" label={label('kind')} choices={maintenanceKindChoices} />
            <TextField source="performedBy" label={label('performedBy')} />
            <TextField source="result" label={label('result')} sx={{ whiteSpace: 'pre-wrap' }} />
            <SelectField source="statusAfter" label={label('statusAfter')} choices={equipmentStatusChoices} emptyText="—" />
            <TextField source="recordedByName" label={label('recordedByName')} emptyText="—" />
          </Datagrid>
        </ArrayField>
      )}
    </Labeled>
  );
}

/** A device with its maintenance warning and its whole maintenance and security check log. */
export function EquipmentShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" label={label('name')} />
        <MaintenanceStatus />
        <SelectField source="type" label={label('type')} choices={equipmentTypeChoices} />
        <TextField source="serial" label={label('serial')} />
        <TextField source="location" label={label('location')} />
        <TextField source="assignedToName" label={label('assignedToName')} emptyText="—" />
        <DateField source="acquiredDate" label={label('acquiredDate')} />
        <SelectField source="status" label={label('status')} choices={equipmentStatusChoices} />
        <NumberField source="maintenanceIntervalMonths" label={label('maintenanceIntervalMonths')} emptyText="—" />
        <FunctionField label={label('lastCheckDate')} render={(e: Equipment) => (e.maintenance.lastCheckDate ? <DateField source="maintenance.lastCheckDate" /> : '—')} />
        <TextField source="note" label={label('note')} emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <MaintenanceLog />
      </SimpleShowLayout>
    </Show>
  );
}
