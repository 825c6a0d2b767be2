import { z } from 'zod';
import { petitionKinds } from '../petitions/enums.js';
import { headReceptionModes, receptionVisitKinds } from '../reception/visit-enums.js';
import { contentGroups } from './content-groups.js';
import { letterResults, priorResolutions } from './records.js';

/*
 * A column's measure: which records it counts and what it adds up, written as data so that a
 * new circular re-arranging or re-defining columns is a change of form data, not of code.
 * An absent filter means "any value".
 */

const list = <T extends readonly [string, ...string[]]>(values: T) => z.array(z.enum(values)).min(1).optional();

/** Visits in the period: their number, their persons or their cases (vụ việc). */
export const VisitMeasureSchema = z.strictObject({
  source: z.literal('visits'),
  count: z.enum(['visits', 'persons', 'matters']),
  kinds: list(receptionVisitKinds),
  headReception: z.enum(headReceptionModes).optional(),
  isGroup: z.boolean().optional(),
  isRepeat: z.boolean().optional(),
});
export type VisitMeasure = z.infer<typeof VisitMeasureSchema>;

/** Head's reception sessions (kỳ tiếp) held in the period. */
export const SessionMeasureSchema = z.strictObject({
  source: z.literal('sessions'),
  kinds: list(['periodic', 'ad_hoc']),
  headReception: z.enum(headReceptionModes).optional(),
});
export type SessionMeasure = z.infer<typeof SessionMeasureSchema>;

/**
 * Where a letter stands for the period: carried over (received before it, still open on its
 * first day), received in it, to process (either), processed by its last day, and of those eligible.
 */
export const letterStages = ['carried_over', 'received', 'to_process', 'processed', 'eligible'] as const;
export type LetterStage = (typeof letterStages)[number];

export const LetterMeasureSchema = z.strictObject({
  source: z.literal('letters'),
  count: z.enum(['letters', 'cases']),
  stage: z.enum(letterStages),
  kinds: list(petitionKinds),
  contentGroups: list(contentGroups),
  priorResolutions: list(priorResolutions),
  results: list(letterResults),
  hasTransferReply: z.boolean().optional(),
});
export type LetterMeasure = z.infer<typeof LetterMeasureSchema>;

export const ReportMeasureSchema = z.discriminatedUnion('source', [VisitMeasureSchema, SessionMeasureSchema, LetterMeasureSchema]);
export type ReportMeasure = z.infer<typeof ReportMeasureSchema>;
