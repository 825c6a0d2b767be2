import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import {
  DateField,
  EditButton,
  FunctionField,
  Labeled,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { vietnamTimestamp } from '../layout/timestamp';
import type { CalendarYear } from '../providers/data-provider';
import { CalendarEntriesTable } from './CalendarEntriesTable';
import { ProvisionalChip } from './ProvisionalChip';
import { YearGrid } from './YearGrid';

const columns = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } } as const;

function ShowActions() {
  return (
    <TopToolbar>
      <EditButton />
    </TopToolbar>
  );
}

function ProvisionalNotice() {
  const record = useRecordContext<CalendarYear>();
  const translate = useTranslate();
  if (!record?.provisional) return null;
  return <Alert severity="warning">{translate('kntc.calendars.provisional_notice', { year: record.year })}</Alert>;
}

/** A year: its status, the list of days with their sources, and the twelve months at a glance. */
export function CalendarShow() {
  return (
    <Show actions={<ShowActions />}>
      <SimpleShowLayout>
        <Box sx={columns}>
          <Labeled>
            <TextField source="year" />
          </Labeled>
          <Labeled>
            <FunctionField<CalendarYear> source="provisional" render={(record) => <ProvisionalChip provisional={record.provisional} />} />
          </Labeled>
          <Labeled>
            <DateField source="updatedAt" showTime locales="vi-VN" options={vietnamTimestamp} />
          </Labeled>
        </Box>
        <ProvisionalNotice />
        <Labeled label="kntc.calendars.entries" fullWidth>
          <CalendarEntriesTable />
        </Labeled>
        <YearGrid />
      </SimpleShowLayout>
    </Show>
  );
}
