import type { RouterOutputs } from '@kntc/api/client';
import { z } from 'zod';

/** What the site accepts from `public.trackLetter`: only a coarse status and the next legal date. */
export const TrackLetterResultSchema = z.discriminatedUnion('found', [
  z.object({
    found: z.literal(true),
    statusLabel: z.string(),
    nextDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
    nextDateLabel: z.string().nullable(),
  }),
  z.object({ found: z.literal(false) }),
]);
export type TrackLetterResult = z.output<typeof TrackLetterResultSchema>;

/** The form field's name and the longest input read from it (a code is 14 characters with dashes). */
export const TRACKING_CODE_FIELD = 'ma-tra-cuu';
export const MAX_TRACKING_INPUT = 40;

/**
 * The one answer for a code that is malformed or unknown: telling them apart would let a
 * visitor learn which well-formed codes exist.
 */
export const TRACKING_NOT_FOUND_MESSAGE =
  'Không tìm thấy đơn với mã tra cứu này. Vui lòng kiểm tra lại mã ghi trên phiếu hẹn/giấy biên nhận.';

/**
 * The code as typed → what to send to the API, or null for an empty, overlong or non-text field
 * (answered "not found" without asking). A malformed code still goes to the API, which looks it up
 * like any other so that neither the answer nor its timing sets it apart from an unknown one.
 */
export function readTrackingCode(raw: FormDataEntryValue | null): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim();
  return code.length === 0 || code.length > MAX_TRACKING_INPUT ? null : code;
}

type Assert<T extends true> = T;
/** Compile-time guard: the router provides every field the schema requires. */
export type _RouterFitsTrackingSchema = Assert<RouterOutputs['public']['trackLetter'] extends TrackLetterResult ? true : false>;
