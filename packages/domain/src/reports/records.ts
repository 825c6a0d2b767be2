import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date.js';
import { petitionKinds } from '../petitions/enums.js';
import { headReceptionModes, receptionVisitKinds } from '../reception/visit-enums.js';
import { contentGroups } from './content-groups.js';

/*
 * Plain records the report functions read. The database side flattens its rows into these,
 * so the aggregation stays pure and testable without a database.
 */

const count = (what: string, min: number) =>
  z.number({ error: `${what} phải là số.` }).int(`${what} phải là số nguyên.`).min(min, `${what} phải từ ${String(min)} trở lên.`);
const id = z.string({ error: 'Cần mã đơn vị.' }).min(1, 'Cần mã đơn vị.');
/**
 * How many register lines the record stands for (1 when absent): a loader may group lines that no
 * measure can tell apart, and every measure weighs the record by it, so both give the same figures.
 */
const lines = count('Số dòng sổ', 1).optional();

/** The register a report record comes from; a form's cell is drilled down to these. */
export const reportRecordSources = ['letter', 'visit', 'session'] as const;
export type ReportRecordSource = (typeof reportRecordSources)[number];

/**
 * Which register line a record is, for the drill-down from a cell: its id, the number or date the
 * register shows, and a line of text that is already redacted (pseudonyms for protected senders).
 */
export const ReportRecordRefSchema = z.strictObject({
  source: z.enum(reportRecordSources),
  id: z.string().min(1),
  reference: z.string(),
  kindLabel: z.string(),
  summary: z.string(),
});
export type ReportRecordRef = z.infer<typeof ReportRecordRefSchema>;

/** One line of the reception register (sổ tiếp công dân). */
export const ReportVisitSchema = z
  .strictObject({
    unitId: id,
    date: IsoDateSchema,
    kind: z.enum(receptionVisitKinds),
    // Only periodic and ad hoc receptions are the head's, so only they say who received.
    headReception: z.enum(headReceptionModes).nullable(),
    persons: count('Số người', 1),
    isGroup: z.boolean(),
    isRepeat: z.boolean(),
    matterCount: count('Số vụ việc', 0),
    ref: ReportRecordRefSchema.optional(),
    count: lines,
  })
  .refine((v) => (v.kind === 'regular') === (v.headReception === null), {
    path: ['headReception'],
    message: 'Tiếp định kỳ, đột xuất phải ghi rõ Thủ trưởng trực tiếp tiếp hay ủy quyền tiếp; tiếp thường xuyên thì không.',
  });
export type ReportVisit = z.infer<typeof ReportVisitSchema>;

/** One head's reception session (kỳ tiếp): counted even when nobody came. */
export const ReportSessionSchema = z.strictObject({
  unitId: id,
  date: IsoDateSchema,
  kind: z.enum(['periodic', 'ad_hoc']),
  headReception: z.enum(headReceptionModes),
  isCancelled: z.boolean(),
  ref: ReportRecordRefSchema.optional(),
  count: lines,
});
export type ReportSession = z.infer<typeof ReportSessionSchema>;

/** Tình trạng giải quyết trước khi đơn đến (form 02/XLD "theo tình trạng giải quyết"). */
export const priorResolutions = ['unresolved', 'first_round', 'second_round', 'court'] as const;
export type PriorResolution = (typeof priorResolutions)[number];

export const priorResolutionLabels: Record<PriorResolution, string> = {
  unresolved: 'Chưa được giải quyết',
  first_round: 'Đã được giải quyết lần đầu',
  second_round: 'Đã được giải quyết lần hai',
  court: 'Đã có bản án của Tòa án',
};

/** Kết quả xử lý đơn as form 02/XLD counts it; letters archived or returned have none. */
export const letterResults = ['in_competence_first', 'in_competence_second', 'guided', 'transferred'] as const;
export type LetterResult = (typeof letterResults)[number];

export const letterResultLabels: Record<LetterResult, string> = {
  in_competence_first: 'Thuộc thẩm quyền, giải quyết lần đầu',
  in_competence_second: 'Thuộc thẩm quyền, giải quyết lần hai',
  guided: 'Không thuộc thẩm quyền: hướng dẫn',
  transferred: 'Không thuộc thẩm quyền: chuyển đơn, đôn đốc',
};

/** One letter (or one item of a split letter) in the letter register. */
export const ReportLetterSchema = z
  .strictObject({
    unitId: id,
    receivedDate: IsoDateSchema,
    // The day its handling was decided; null while it is still being processed.
    handledDate: IsoDateSchema.nullable(),
    kind: z.enum(petitionKinds),
    fieldCode: z.string(),
    // The group the field catalogue gives its field, when the loader read it; otherwise the form options' mapping decides.
    contentGroup: z.enum(contentGroups).optional(),
    isEligible: z.boolean(),
    caseCount: count('Số vụ việc', 0),
    priorResolution: z.enum(priorResolutions),
    result: z.enum(letterResults).nullable(),
    hasTransferReply: z.boolean(),
    ref: ReportRecordRefSchema.optional(),
    count: lines,
  })
  .refine((l) => l.handledDate === null || l.handledDate >= l.receivedDate, {
    path: ['handledDate'],
    message: 'Ngày xử lý không được trước ngày nhận đơn.',
  });
export type ReportLetter = z.infer<typeof ReportLetterSchema>;

/** Everything a form may read, already limited to one agency by the caller. */
export interface ReportRecords {
  visits: readonly ReportVisit[];
  sessions: readonly ReportSession[];
  letters: readonly ReportLetter[];
}
