import type { RouterOutputs } from '@kntc/api/client';
import { z } from 'zod';

/** Letter kinds counted by the statistics, in display order. */
export const letterKinds = ['complaint', 'denunciation', 'recommendation'] as const;
export type LetterKind = (typeof letterKinds)[number];

export const letterKindLabels: Record<LetterKind, string> = {
  complaint: 'Khiếu nại',
  denunciation: 'Tố cáo',
  recommendation: 'Kiến nghị, phản ánh',
};

const CountSchema = z.number().int().min(0);
const FiguresSchema = z.object({
  received: CountSchema,
  // Other kinds the API may add later are kept but only the known ones are shown.
  byKind: z.record(z.string(), CountSchema),
  handled: CountSchema,
  handledOnTime: CountSchema,
  casesResolved: CountSchema,
});

/** What the site accepts from `public.statistics`. */
export const StatisticsSchema = z.object({
  years: z.array(z.number().int()),
  year: z.number().int(),
  quarters: z.array(FiguresSchema.extend({ quarter: z.number().int().min(1).max(4) })),
  totals: FiguresSchema,
});
export type Statistics = z.output<typeof StatisticsSchema>;
export type Figures = z.output<typeof FiguresSchema>;

export const kindCount = (f: Figures, kind: LetterKind): number => f.byKind[kind] ?? 0;

/** "85 %" of letters handled on time; a dash when nothing was handled yet. */
export function onTimeShare(f: Pick<Figures, 'handled' | 'handledOnTime'>): string {
  if (f.handled === 0) return '—';
  return `${Math.round((f.handledOnTime / f.handled) * 100)} %`;
}

/** `?nam=` of the statistics page: a year the API offers, else none (the API's default year). */
export function parseStatisticsYear(raw: string | null): number | undefined {
  return raw && /^(19|20|21)\d{2}$/.test(raw) ? Number(raw) : undefined;
}

type Assert<T extends true> = T;
/** Compile-time guard: the router provides every field the schema requires. */
export type _RouterFitsStatisticsSchema = Assert<RouterOutputs['public']['statistics'] extends Statistics ? true : false>;
