import Box from '@mui/material/Box';
import { weekdayNames, weekdayShortNames } from '../legal-clock/civil-date';
import { describeDay, type DayKind, type MonthGrid } from './month-grid';

/** Strong fills with white text: readable at this size, and distinct from each other in greyscale too. */
export const dayColors: Record<DayKind, { bgcolor: string; color: string }> = {
  day_off: { bgcolor: '#b71c1c', color: '#ffffff' },
  make_up: { bgcolor: '#0d47a1', color: '#ffffff' },
  weekend: { bgcolor: '#eeeeee', color: '#424242' },
  working: { bgcolor: 'transparent', color: 'inherit' },
};

const cell = { width: 30, height: 26, p: 0, textAlign: 'center', fontSize: 13, borderRadius: 1 } as const;

/** A small month: each day carries its full description for screen readers and as a tooltip. */
export function MonthCalendar({ grid, caption, today }: { grid: MonthGrid; caption: string; today: string }) {
  return (
    <Box component="table" sx={{ borderCollapse: 'separate', borderSpacing: 2, mx: 'auto' }}>
      <Box component="caption" sx={{ captionSide: 'top', fontWeight: 600, pb: 0.5 }}>
        {caption}
      </Box>
      <thead>
        <tr>
          {weekdayShortNames.map((name, index) => (
            <Box component="th" key={name} scope="col" abbr={weekdayNames[index]} sx={{ ...cell, fontWeight: 500, color: 'text.secondary' }}>
              {name}
            </Box>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.weeks.map((week, row) => (
          <tr key={row}>
            {week.map((day, column) =>
              day ? (
                <Box
                  component="td"
                  key={day.date}
                  aria-label={day.date === today ? `${describeDay(day)} (hôm nay)` : describeDay(day)}
                  title={describeDay(day)}
                  data-kind={day.kind}
                  sx={{
                    ...cell,
                    ...dayColors[day.kind],
                    fontWeight: day.entry ? 700 : 400,
                    outline: day.date === today ? '2px solid #000000' : 'none',
                    outlineOffset: 1,
                  }}
                >
                  {day.day}
                </Box>
              ) : (
                <Box component="td" key={`pad-${column}`} aria-hidden="true" sx={cell} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </Box>
  );
}
