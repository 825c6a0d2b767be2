import Box from '@mui/material/Box';
import { useTranslate } from 'react-admin';
import { fillOf, type Series } from './chart-series';

export type LegendEntry = { label: string; swatch: 'bar'; series: Pick<Series<string>, 'colour' | 'pattern'> } | { label: string; swatch: 'line'; colour: string; dashed: boolean };

function Swatch({ entry }: { entry: LegendEntry }) {
  if (entry.swatch === 'bar') {
    return (
      <svg aria-hidden focusable="false" width={16} height={16}>
        <rect x={1} y={1} width={14} height={14} fill={fillOf(entry.series)} stroke={entry.series.colour} />
      </svg>
    );
  }
  return (
    <svg aria-hidden focusable="false" width={30} height={16}>
      <line x1={1} y1={8} x2={29} y2={8} stroke={entry.colour} strokeWidth={2} strokeDasharray={entry.dashed ? '7 4' : undefined} />
      {entry.dashed ? (
        <circle cx={15} cy={8} r={4} fill="#fff" stroke={entry.colour} strokeWidth={2} />
      ) : (
        <circle cx={15} cy={8} r={4} fill={entry.colour} />
      )}
    </svg>
  );
}

/**
 * Chú giải: each series' name beside its texture or line style, in the page's text colour, so a
 * series is told by its name and pattern, never by colour alone.
 */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  const translate = useTranslate();
  return (
    <Box
      component="ul"
      aria-label={translate('kntc.dashboard.leaders.legend')}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, listStyle: 'none', p: 0, m: 0, mt: 1, justifyContent: 'center' }}
    >
      {entries.map((entry) => (
        <Box component="li" key={entry.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.75, fontSize: 14 }}>
          <Swatch entry={entry} />
          {entry.label}
        </Box>
      ))}
    </Box>
  );
}
