import Box from '@mui/material/Box';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { todayInVietnam } from '@kntc/domain';
import { useMemo } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CalendarYear } from '../providers/data-provider';
import { buildYearGrid, type DayKind } from './month-grid';
import { dayColors, MonthCalendar } from './MonthCalendar';

const legend: { kind: DayKind; label: string }[] = [
  { kind: 'day_off', label: 'kntc.calendars.legend.day_off' },
  { kind: 'make_up', label: 'kntc.calendars.legend.make_up' },
  { kind: 'weekend', label: 'kntc.calendars.legend.weekend' },
];

function Legend() {
  const translate = useTranslate();
  return (
    <Stack component="ul" direction="row" spacing={3} sx={{ listStyle: 'none', p: 0, my: 1, flexWrap: 'wrap' }}>
      {legend.map(({ kind, label }) => (
        <Stack component="li" key={kind} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Box aria-hidden="true" sx={{ width: 16, height: 16, borderRadius: 0.5, ...dayColors[kind] }} />
          <Typography variant="body2">{translate(label)}</Typography>
        </Stack>
      ))}
    </Stack>
  );
}

/** The whole year at a glance: twelve small months, days off in red, make-up days in blue, weekends grey. */
export function YearGrid() {
  const record = useRecordContext<CalendarYear>();
  const translate = useTranslate();
  // Opened from the list, the record is first the list row, which has counts but no entries.
  const entries = record && Array.isArray(record.entries) ? record.entries : undefined;
  const months = useMemo(() => (record && entries ? buildYearGrid(record.year, entries) : []), [record, entries]);
  if (!record || !entries) return null;
  const today = todayInVietnam();
  return (
    <Box component="section" aria-labelledby="year-grid-title" sx={{ width: '100%' }}>
      <Typography id="year-grid-title" variant="h6" component="h2">
        {translate('kntc.calendars.year_grid', { year: record.year })}
      </Typography>
      <Legend />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', mt: 1 }}>
        {months.map((grid) => (
          <MonthCalendar key={grid.month} grid={grid} today={today} caption={translate('kntc.calendars.month', { month: grid.month })} />
        ))}
      </Box>
    </Box>
  );
}
