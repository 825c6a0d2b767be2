import type { MaskSegment } from '@kntc/domain';
import Box from '@mui/material/Box';

type Range = { start: number; end: number };

/** Pieces of a kept stretch, with the parts the server still finds identifying marked. */
function pieces(text: string, from: number, to: number, flagged: readonly Range[]) {
  const cuts = new Set([from, to]);
  for (const r of flagged) {
    if (r.end > from && r.start < to) {
      cuts.add(Math.max(from, r.start));
      cuts.add(Math.min(to, r.end));
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] ?? start;
    return { start, text: text.slice(start, end), flagged: flagged.some((r) => r.start <= start && end <= r.end) };
  });
}

/**
 * The copy as it will be published: placeholders shaded, and what the server's last check still
 * found identifying underlined in red (only shown for the saved state, which is what it checked).
 */
export function PreviewView({ text, segments, unmasked }: { text: string; segments: readonly MaskSegment[]; unmasked: readonly Range[] }) {
  return (
    <Box
      aria-live="polite"
      sx={{ whiteSpace: 'pre-wrap', fontFamily: '"Times New Roman", serif', fontSize: '1rem', lineHeight: 1.6, p: 2, border: 1, borderColor: 'divider', borderRadius: 1, maxHeight: '70vh', overflow: 'auto' }}
    >
      {segments.map((s) =>
        s.kind === null ? (
          pieces(text, s.maskedStart, s.maskedEnd, unmasked).map((p) =>
            p.flagged ? (
              <Box component="mark" key={p.start} sx={{ bgcolor: 'transparent', color: 'error.main', textDecoration: 'underline wavy', textDecorationColor: 'currentColor' }}>
                {p.text}
              </Box>
            ) : (
              <span key={p.start}>{p.text}</span>
            ),
          )
        ) : (
          <Box component="span" key={s.maskedStart} sx={{ bgcolor: 'action.selected', fontStyle: 'italic' }}>
            {text.slice(s.maskedStart, s.maskedEnd)}
          </Box>
        ),
      )}
    </Box>
  );
}
