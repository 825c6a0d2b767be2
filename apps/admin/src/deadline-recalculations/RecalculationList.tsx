import { Datagrid, DateField, FunctionField, List, NumberField, TextField } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { DeadlineRecalculation } from '../providers/data-provider';
import { ChangesToggle } from './ChangesToggle';
import { RecalculationChanges } from './RecalculationChanges';
import { TriggeredBy } from './TriggeredBy';

const hasChanges = (record: DeadlineRecalculation) => record.changes.length > 0;

/**
 * Lịch sử tính lại thời hạn: every time an edited calendar or rule moved running deadlines,
 * newest first, each row opening onto the letters it moved. Written by the server only.
 */
export function RecalculationList() {
  return (
    <List actions={false} perPage={200} pagination={false} exporter={false}>
      <Datagrid rowClick="expand" bulkActionButtons={false} expand={<RecalculationChanges />} isRowExpandable={hasChanges}>
        <DateField source="createdAt" showTime locales="vi-VN" options={vietnamTimestamp} sortable={false} />
        <TextField source="reason" sortable={false} />
        <NumberField source="affected" sortable={false} />
        <FunctionField<DeadlineRecalculation> source="triggeredBy" sortable={false} render={() => <TriggeredBy />} />
        <FunctionField<DeadlineRecalculation> label="kntc.recalculations.letters" render={() => <ChangesToggle />} />
      </Datagrid>
    </List>
  );
}
