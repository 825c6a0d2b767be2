import { type IsoDate } from '../common/iso-date.js';

/** "2026-03-05" → "05/3/2026", as Vietnamese administrative text writes a date. */
export const formatViDate = (date: IsoDate): string => `${date.slice(8, 10)}/${String(Number(date.slice(5, 7)))}/${date.slice(0, 4)}`;
