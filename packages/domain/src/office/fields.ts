import { z } from 'zod';
import { isIsoDate } from '../common/iso-date.js';
import { toStoredMultiline, toStoredText } from '../text/vn-text.js';

/** Field builders shared by the administration office's records and the annual plan; messages name the field. */
export const requiredText = (label: string, max: number, min = 1) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform(toStoredText)
    .pipe(
      z
        .string()
        // An empty field is missing, not too short: the message should say so.
        .min(1, { error: `${label} là bắt buộc.`, abort: true })
        .min(min, { error: `${label} phải có ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} không được quá ${max} ký tự.` }),
    );

export const requiredMultiline = (label: string, max: number) =>
  z
    .string({ error: `${label} là bắt buộc.` })
    .transform(toStoredMultiline)
    .pipe(z.string().min(1, { error: `${label} là bắt buộc.`, abort: true }).max(max, { error: `${label} không được quá ${max} ký tự.` }));

export const optionalText = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .transform(toStoredText)
    .pipe(z.string().max(max, { error: `${label} không được quá ${max} ký tự.` }))
    .nullish()
    .transform((v) => v || null);

export const optionalMultiline = (label: string, max: number) =>
  z
    .string({ error: `${label} phải là chuỗi ký tự.` })
    .transform(toStoredMultiline)
    .pipe(z.string().max(max, { error: `${label} không được quá ${max} ký tự.` }))
    .nullish()
    .transform((v) => v || null);

/** A record picked from a list (an official, a unit): the message says what to choose. */
export const pickedId = (what: string) => z.uuid({ error: `Hãy chọn ${what}.` });

export const optionalPickedId = (what: string) =>
  z
    .uuid({ error: `Hãy chọn ${what}.` })
    .nullish()
    .transform((v) => v ?? null);

export const dateField = (label: string) =>
  z.string({ error: `${label} là bắt buộc.` }).refine(isIsoDate, { error: `${label} phải có dạng YYYY-MM-DD và là ngày có thật.` });

export const optionalDateField = (label: string) =>
  dateField(label)
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((v) => v ?? null);

/** Adds "must not be before" on `later` when both dates are present and valid. */
export function refineDateOrder(
  ctx: z.RefinementCtx,
  earlier: string | null | undefined,
  later: string | null | undefined,
  path: string,
  message: string,
): void {
  if (earlier && later && isIsoDate(earlier) && isIsoDate(later) && later < earlier) ctx.addIssue({ code: 'custom', path: [path], message });
}

/** Distinct ids in the order given: a form that sends a unit twice means it once. */
export const idList = (what: string, max: number) =>
  z
    .array(pickedId(what), { error: `Danh sách ${what} không hợp lệ.` })
    .max(max, { error: `Tối đa ${max} ${what}.` })
    .default([])
    .transform((ids) => [...new Set(ids)]);
