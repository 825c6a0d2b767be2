import { CreateButton, Datagrid, DateField, FunctionField, List, NumberField, TextField, TopToolbar } from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { CalendarYearSummary } from '../providers/data-provider';
import { ProvisionalChip } from './ProvisionalChip';

function ListActions() {
  return (
    <TopToolbar>
      <CreateButton label="kntc.calendars.create" />
    </TopToolbar>
  );
}

/**
 * One row per stored year, newest first. The API returns every year at once and in that
 * order, so there is no paging and no column sorting to offer.
 */
export function CalendarList() {
  return (
    <List actions={<ListActions />} perPage={200} pagination={false} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="year" sortable={false} />
        <FunctionField<CalendarYearSummary>
          source="provisional"
          sortable={false}
          render={(record) => <ProvisionalChip provisional={record.provisional} />}
        />
        <NumberField source="daysOff" sortable={false} />
        <NumberField source="makeUpDays" sortable={false} />
        <DateField source="updatedAt" showTime locales="vi-VN" options={vietnamTimestamp} sortable={false} />
      </Datagrid>
    </List>
  );
}
