import type { RedactionKind } from './kinds.js';

/** What one detector finds: a range of the text and what it is. */
export type Detection = { start: number; end: number; kind: RedactionKind };
