import Chip from '@mui/material/Chip';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { calendarEntryKindLabels } from '@kntc/domain';
import { useRecordContext, useTranslate } from 'react-admin';
import { weekdayName } from '../legal-clock/civil-date';
import { formatIsoDate } from '../petitions/format';
import type { CalendarYear } from '../providers/data-provider';

/** The year's days off and make-up days in date order, each with its reason and its source. */
export function CalendarEntriesTable() {
  const record = useRecordContext<CalendarYear>();
  const translate = useTranslate();
  // Opened from the list, the record is first the list row, which has counts but no entries.
  if (!record || !Array.isArray(record.entries)) return null;
  if (record.entries.length === 0) {
    return <Typography variant="body2">{translate('kntc.calendars.no_entries')}</Typography>;
  }
  const entries = [...record.entries].sort((a, b) => a.date.localeCompare(b.date));
  const field = (name: string) => translate(`resources.calendars.fields.entries.${name}`);
  return (
    <Table size="small" aria-label={translate('kntc.calendars.entries')}>
      <TableHead>
        <TableRow>
          <TableCell>{field('date')}</TableCell>
          <TableCell>{translate('kntc.calendars.weekday')}</TableCell>
          <TableCell>{field('kind')}</TableCell>
          <TableCell>{field('reason')}</TableCell>
          <TableCell>{field('source')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((entry) => (
          <TableRow key={entry.date}>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatIsoDate(entry.date)}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{weekdayName(entry.date)}</TableCell>
            <TableCell>
              <Chip
                size="small"
                color={entry.kind === 'day_off' ? 'error' : 'info'}
                variant="outlined"
                label={calendarEntryKindLabels[entry.kind]}
              />
            </TableCell>
            <TableCell>{entry.reason}</TableCell>
            <TableCell>{entry.source}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
