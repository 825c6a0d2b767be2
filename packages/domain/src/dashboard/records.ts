import { z } from 'zod';
import { IsoDateSchema } from '../common/iso-date.js';
import { caseStatuses, openCaseStatuses, type CaseStatus } from '../cases/enums.js';
import { openPetitionStatuses } from '../petitions/deadline.js';
import { petitionKinds, petitionStatuses, type PetitionStatus } from '../petitions/enums.js';

/*
 * Plain records the dashboard reads. The database may hand over one record per row or collapse
 * identical ones into one with `count` (a GROUP BY over exactly these fields): every function here
 * weighs a record by its count, so both give the same figures and the rules stay in one place.
 */

const count = z.number({ error: 'Số bản ghi phải là số.' }).int('Số bản ghi phải là số nguyên.').min(1, 'Số bản ghi từ 1 trở lên.');
/** The unit of the official handling the record; null while no official of a unit handles it. */
const unitId = z.string({ error: 'Mã đơn vị không hợp lệ.' }).min(1, 'Mã đơn vị không hợp lệ.').nullable();

/**
 * Letters the dashboard counts, as the report forms do: drafts have no number yet, a split letter
 * counts through its items, and a duplicate is merged into the letter it repeats.
 */
export const dashboardExcludedLetterStatuses = ['draft', 'split', 'duplicate'] as const satisfies readonly PetitionStatus[];
export const isDashboardLetter = (status: PetitionStatus): boolean =>
  !(dashboardExcludedLetterStatuses as readonly PetitionStatus[]).includes(status);

/** Letters waiting to be handled whose processing clock runs: drafts are not in the register yet. */
export const dashboardOpenLetterStatuses = openPetitionStatuses.filter((s) => s !== 'draft');

/**
 * Cases not yet resolved, in the order of the workflow. A suspended case is still open (it waits),
 * but its clock is stopped, so it is never overdue or due soon.
 */
export const dashboardOpenCaseStatuses = [...openCaseStatuses, 'suspended'] as const satisfies readonly CaseStatus[];

/**
 * Whether the letters are counted at all: `isDashboardLetter` of their status. A flag rather than
 * the status itself, so that the database can hand over a day's letters of every counted status as
 * one record (a sixth of the rows at a million letters).
 */
const inRegister = z.boolean({ error: 'Thiếu cờ đơn đã vào sổ.' });

/** A letter entered in the register: the "received by month and kind" chart. */
export const DashboardLetterReceiptSchema = z.strictObject({
  unitId,
  receivedDate: IsoDateSchema,
  kind: z.enum(petitionKinds),
  inRegister,
  count,
});
export type DashboardLetterReceipt = z.infer<typeof DashboardLetterReceiptSchema>;

/** A letter that left the queue, with the processing deadline it had then. */
export const DashboardLetterHandlingSchema = z.strictObject({
  unitId,
  handledDate: IsoDateSchema,
  dueDate: IsoDateSchema.nullable(),
  inRegister,
  count,
});
export type DashboardLetterHandling = z.infer<typeof DashboardLetterHandlingSchema>;

/** A case whose decision or conclusion was signed, with its resolution deadline. */
export const DashboardCaseResolutionSchema = z.strictObject({
  unitId,
  signedDate: IsoDateSchema,
  dueDate: IsoDateSchema.nullable(),
  count,
});
export type DashboardCaseResolution = z.infer<typeof DashboardCaseResolutionSchema>;

const openItemFields = {
  id: z.string().min(1),
  /** Receipt number ("12/2026", "12.1/2026") or case number; null for a letter not yet numbered. */
  number: z.string().nullable(),
  summary: z.string(),
  dueDate: IsoDateSchema.nullable(),
  unitId,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
};

/** A letter or case still open today: the load, the overdue and the due-soon lists. One per record. */
export const DashboardOpenItemSchema = z.discriminatedUnion('subjectType', [
  z.strictObject({ subjectType: z.literal('petition'), status: z.enum(petitionStatuses), ...openItemFields }),
  z.strictObject({ subjectType: z.literal('case'), status: z.enum(caseStatuses), ...openItemFields }),
]);
export type DashboardOpenItem = z.infer<typeof DashboardOpenItemSchema>;

/** A line of the reception register: repeat and group visits. */
export const DashboardVisitSchema = z.strictObject({
  unitId,
  date: IsoDateSchema,
  isGroup: z.boolean(),
  isRepeat: z.boolean(),
  /** People who came on this one visit; a grouped record of `count` visits has `persons` each. */
  persons: z.number().int().min(1, 'Số người từ 1 trở lên.'),
  count,
});
export type DashboardVisit = z.infer<typeof DashboardVisitSchema>;

/** Everything the dashboard reads, already limited to one agency by the caller. */
export interface DashboardRecords {
  letterReceipts: readonly DashboardLetterReceipt[];
  letterHandlings: readonly DashboardLetterHandling[];
  caseResolutions: readonly DashboardCaseResolution[];
  openItems: readonly DashboardOpenItem[];
  visits: readonly DashboardVisit[];
}
