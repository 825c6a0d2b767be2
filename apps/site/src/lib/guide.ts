import type { RouterOutputs } from '@kntc/api/client';
import { z } from 'zod';

/** What the site accepts from `public.guide`: the legal time limits a citizen should know. */
export const GuideSchema = z.object({
  deadlines: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      days: z.number().int().min(0),
      unit: z.enum(['working', 'calendar']),
      unitLabel: z.string(),
      basis: z.string(),
      /** From which event the limit runs; older APIs may not send it. */
      startEvent: z.string().nullable().optional(),
    }),
  ),
});
export type Guide = z.output<typeof GuideSchema>;

type Assert<T extends true> = T;
/** Compile-time guard: the router provides every field the schema requires. */
export type _RouterFitsGuideSchema = Assert<RouterOutputs['public']['guide'] extends Guide ? true : false>;
