import {
  formatViDate,
  headReceptionModeLabels,
  petitionKindLabels,
  petitionStatusLabels,
  receptionMatterKindLabels,
  receptionSessionKindLabels,
  receptionVisitKindLabels,
  type Classification,
  type IsoDate,
  type LetterResult,
  type PetitionStatus,
  type PriorResolution,
  type ReportLetter,
  type ReportRecords,
  type ReportSession,
  type ReportVisit,
} from '@kntc/domain';
import { and, between, eq, inArray, isNull, notInArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client.js';
import { catalogueItems } from '../schema/catalogues.js';
import { letterOpenDays, petitions } from '../schema/petitions.js';
import { receptionSessions } from '../schema/reception.js';
import { receptionVisits } from '../schema/reception-visits.js';
import { formatReceiptNumber } from './petitions.js';
import { groupKey, letterGroupColumns, visitGroupColumns } from './report-groups.js';
import { formatVisitNumber } from './reception-visits.js';

/**
 * Letters the report registers count. Drafts have no number yet; a split letter counts through its
 * items; a letter linked as a duplicate is merged into the one it repeats, which carries the
 * handling, and would otherwise stay open (no handled date) and be carried over forever.
 */
export const reportExcludedStatuses: readonly PetitionStatus[] = ['draft', 'split', 'duplicate'];

/** What the derivations below read of a classification; grouped loaders read just these. */
export type LetterClassificationFacts = Pick<Classification, 'failedConditions' | 'complaintRound'>;

/**
 * The letters a report over [from, to] reads: those received in it, and those received before it
 * and still open on its first day (carried over), as two disjoint reads on their own indexes (the
 * received date; the days a letter is open, `letterOpenDays`), so a letter is read once. One `or`
 * of both walked every letter received before the period's end: at a million letters a year's
 * report read the whole register for its 5,000 carried-over letters.
 * `summaries` false reads the summary as '' (a cell's list reads the summaries of one page only).
 */
export function reportLetterLines(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate; summaries?: boolean }) {
  const { summaries = false } = params;
  const columns = {
    id: petitions.id,
    receiptYear: petitions.receiptYear,
    receiptSeq: petitions.receiptSeq,
    splitIndex: petitions.splitIndex,
    // Stored already redacted: a protected sender's name is a pseudonym here, a destroyed letter's a tombstone line.
    // Left out (as '') when only the keys are wanted: the text is most of what a year's lines weigh.
    summary: summaries ? petitions.summary : sql<string>`''`.as('summary'),
    ...letterFacts,
  };
  const { receivedIn, carriedOver } = periodConditions(params);
  return db.select(columns).from(petitions).where(receivedIn).unionAll(db.select(columns).from(petitions).where(carriedOver)).as('report_letters');
}

/** What the forms read of a letter: all in petitions_report_lines_idx, so a period's letters are read from the index alone. */
const letterFacts = {
  receivedDate: petitions.receivedDate,
  handledDate: petitions.handledDate,
  kind: petitions.kind,
  status: petitions.status,
  fieldCode: petitions.fieldCode,
  classification: petitions.classification,
};

/** The same letters with only what the forms read (`letterFacts`), for the grouped records. */
export function reportLetterFacts(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate }) {
  const { receivedIn, carriedOver } = periodConditions(params);
  return db.select(letterFacts).from(petitions).where(receivedIn).unionAll(db.select(letterFacts).from(petitions).where(carriedOver)).as('report_letters');
}

/** The two disjoint halves of a period's letters: received in it; received before it and open on its first day. */
function periodConditions(params: { agencyId: string; from: IsoDate; to: IsoDate }) {
  const { agencyId, from, to } = params;
  const counted = and(eq(petitions.agencyId, agencyId), notInArray(petitions.status, [...reportExcludedStatuses]));
  return {
    receivedIn: and(counted, between(petitions.receivedDate, from, to)),
    carriedOver: and(counted, sql`${letterOpenDays(petitions)} @> ${from}::date`),
  };
}

/**
 * Kết quả xử lý from the status the approved outcome left. Urging a lower body is counted with
 * transfers ("chuyển đơn, đôn đốc"); returned, archived and other letters have no result column.
 */
export function resultOf(status: PetitionStatus, classification: LetterClassificationFacts | null): LetterResult | null {
  switch (status) {
    case 'accepted':
      return classification?.complaintRound === 'second' ? 'in_competence_second' : 'in_competence_first';
    case 'guided':
      return 'guided';
    case 'transferred':
    case 'urged':
      return 'transferred';
    default:
      return null;
  }
}

/**
 * Tình trạng giải quyết: the register holds only the complaint round and the "not before a court"
 * condition. A second-round complaint was resolved once; "resolved twice" is not recorded anywhere
 * yet, so no letter lands in that column until the classification records it.
 */
export function priorResolutionOf(classification: LetterClassificationFacts | null): PriorResolution {
  if (!classification) return 'unresolved';
  if (classification.failedConditions.includes('not_before_court')) return 'court';
  return classification.complaintRound === 'second' ? 'first_round' : 'unresolved';
}

/**
 * Đủ điều kiện xử lý: the classification says so when there is one. A destroyed letter keeps only
 * its tombstone (and letters loaded from older registers may carry no classification), so then
 * the outcome decides: only a letter meeting the conditions is accepted, guided or transferred,
 * the others are archived, returned or refused, which keeps the results within eligible letters.
 */
export function isEligibleLetter(status: PetitionStatus, classification: LetterClassificationFacts | null): boolean {
  if (classification) return classification.failedConditions.length === 0;
  return resultOf(status, null) !== null;
}

const allSources = { letters: true, visits: true, sessions: true } as const;

export interface ReportRecordsParams {
  agencyId: string;
  from: IsoDate;
  to: IsoDate;
  /** The registers to read; all by default. A cell's column reads one. */
  sources?: { letters: boolean; visits: boolean; sessions: boolean };
  /**
   * false: letters and visits come with an empty summary, for a cell's list that pages its lines
   * and reads the summaries of one page only (`loadReportLineSummaries`).
   */
  summaries?: boolean;
}

/**
 * The summaries of some letters and visits of an agency, keyed `letter:<id>` / `visit:<id>`, as
 * `loadReportRecords` reads them (stored already redacted).
 */
export async function loadReportLineSummaries(db: Db, params: { agencyId: string; letterIds: readonly string[]; visitIds: readonly string[] }): Promise<Map<string, string>> {
  const { agencyId, letterIds, visitIds } = params;
  const [letterRows, visitRows] = await Promise.all([
    letterIds.length === 0
      ? []
      : db
          .select({ id: petitions.id, summary: petitions.summary })
          .from(petitions)
          .where(and(eq(petitions.agencyId, agencyId), inArray(petitions.id, [...letterIds]))),
    visitIds.length === 0
      ? []
      : db
          .select({ id: receptionVisits.id, summary: receptionVisits.summary })
          .from(receptionVisits)
          .where(and(eq(receptionVisits.agencyId, agencyId), inArray(receptionVisits.id, [...visitIds]))),
  ]);
  return new Map([...letterRows.map((r) => [`letter:${r.id}`, r.summary] as const), ...visitRows.map((r) => [`visit:${r.id}`, r.summary] as const)]);
}

/** A report's letter lines with the content column the field catalogue gives their field. */
function letterLinesWithContentGroups(
  db: Db,
  params: { agencyId: string; from: IsoDate; to: IsoDate; summaries: boolean },
  lines: ReturnType<typeof reportLetterLines> = reportLetterLines(db, params),
) {
  return db
    .select({
      id: lines.id,
      receiptYear: lines.receiptYear,
      receiptSeq: lines.receiptSeq,
      splitIndex: lines.splitIndex,
      summary: lines.summary,
      receivedDate: lines.receivedDate,
      handledDate: lines.handledDate,
      kind: lines.kind,
      status: lines.status,
      fieldCode: lines.fieldCode,
      classification: lines.classification,
      contentGroup: catalogueItems.reportContentGroup,
    })
    .from(lines)
    // The field catalogue says which content column of the forms a field counts in.
    .leftJoin(catalogueItems, and(eq(catalogueItems.catalogue, 'field'), eq(catalogueItems.code, lines.fieldCode)))
    .$dynamic();
}

/** A report's visit lines in [from, to]. */
function visitLines(db: Db, params: { agencyId: string; from: IsoDate; to: IsoDate; summaries: boolean }, only?: SQL) {
  const { agencyId, from, to, summaries } = params;
  return db
    .select({
      id: receptionVisits.id,
      visitYear: receptionVisits.visitYear,
      visitSeq: receptionVisits.visitSeq,
      matterKind: receptionVisits.matterKind,
      // Masked like a letter's when the visit is protected; the visitors' names are never read here.
      summary: summaries ? receptionVisits.summary : sql<string>`''`,
      date: receptionVisits.visitDate,
      kind: receptionVisits.kind,
      headReception: receptionVisits.headReception,
      persons: receptionVisits.headcount,
      isGroup: receptionVisits.isGroup,
      isRepeat: receptionVisits.isRepeat,
    })
    .from(receptionVisits)
    .where(and(eq(receptionVisits.agencyId, agencyId), between(receptionVisits.visitDate, from, to), only))
    .$dynamic();
}

type LetterLineRow = Awaited<ReturnType<typeof letterLinesWithContentGroups>>[number];
type VisitLineRow = Awaited<ReturnType<typeof visitLines>>[number];

function letterRecordOf(r: LetterLineRow, agencyId: string): ReportLetter {
  return {
    unitId: agencyId,
    receivedDate: r.receivedDate,
    handledDate: r.handledDate,
    kind: r.kind,
    // An unset field falls in the form's "khác" content column, like any field the mapping does not know.
    fieldCode: r.fieldCode ?? '',
    // A field the catalogue does not map (or no field) counts in "khác", so every letter has one content column.
    contentGroup: r.contentGroup ?? 'other',
    isEligible: isEligibleLetter(r.status, r.classification),
    // One letter (or split item) is one matter: the register records no case count per letter.
    caseCount: 1,
    priorResolution: priorResolutionOf(r.classification),
    result: resultOf(r.status, r.classification),
    // Replies to transferred letters are not registered yet.
    hasTransferReply: false,
    ref: {
      source: 'letter',
      id: r.id,
      reference: formatReceiptNumber(r.receiptSeq, r.receiptYear, r.splitIndex) ?? '',
      kindLabel: `Đơn ${petitionKindLabels[r.kind].toLocaleLowerCase('vi')} (${petitionStatusLabels[r.status].toLocaleLowerCase('vi')})`,
      summary: r.summary,
    },
  };
}

/** What the forms' measures read of a register line, whether it is read alone or stands for a group of lines. */
export function visitMeasuresOf(
  r: Pick<ReportVisit, 'date' | 'kind' | 'persons' | 'isGroup' | 'isRepeat'> & { headReception: ReportVisit['headReception'] },
  agencyId: string,
): Omit<ReportVisit, 'count' | 'ref'> {
  return {
    unitId: agencyId,
    date: r.date,
    kind: r.kind,
    // The register requires it for periodic and ad hoc visits only; regular visits have none.
    headReception: r.kind === 'regular' ? null : (r.headReception ?? 'in_person'),
    persons: r.persons,
    isGroup: r.isGroup,
    isRepeat: r.isRepeat,
    // A visit records one matter (its matter kind); a group about one matter is still one.
    matterCount: 1,
  };
}

function visitRecordOf(r: VisitLineRow, agencyId: string): ReportVisit {
  return {
    ...visitMeasuresOf(r, agencyId),
    ref: {
      source: 'visit',
      id: r.id,
      reference: formatVisitNumber(r.visitSeq, r.visitYear),
      kindLabel: `${receptionVisitKindLabels[r.kind]}: ${receptionMatterKindLabels[r.matterKind].toLocaleLowerCase('vi')}`,
      summary: r.summary,
    },
  };
}

/**
 * One page of the lines of some groups (`loadReportRecordGroups`' keys) of a register, without
 * their summaries, in the register's order: by date, then number, then id. A cell's list reads
 * only the page it shows instead of a year of lines.
 */
export async function loadReportCellLines(
  db: Db,
  params: { agencyId: string; from: IsoDate; to: IsoDate; source: 'letters' | 'visits'; keys: readonly string[]; offset: number; limit: number },
): Promise<ReportLetter[] | ReportVisit[]> {
  const { agencyId, from, to, source, keys, offset, limit } = params;
  if (keys.length === 0) return [];
  if (source === 'visits') {
    const rows = await visitLines(db, { agencyId, from, to, summaries: false }, inArray(groupKey(visitGroupColumns()), [...keys]))
      .orderBy(receptionVisits.visitDate, receptionVisits.visitYear, receptionVisits.visitSeq, receptionVisits.id)
      .offset(offset)
      .limit(limit);
    return rows.map((r) => visitRecordOf(r, agencyId));
  }
  const lines = reportLetterLines(db, { agencyId, from, to });
  const rows = await letterLinesWithContentGroups(db, { agencyId, from, to, summaries: false }, lines)
    .where(inArray(groupKey(letterGroupColumns(lines, { from, to })), [...keys]))
    .orderBy(lines.receivedDate, lines.receiptYear, lines.receiptSeq, lines.splitIndex, lines.id)
    .offset(offset)
    .limit(limit);
  return rows.map((r) => letterRecordOf(r, agencyId));
}

/**
 * The register rows a report over [from, to] reads, flattened into the domain's plain records.
 * The register is the agency's one book (letters and visits carry no unit), so every record's
 * `unitId` is the agency: a 'by_unit' form has one row, the agency. Letters received before
 * `from` are read when still open on `from`, for the carried-over column.
 */
export async function loadReportRecords(db: Db, params: ReportRecordsParams): Promise<ReportRecords> {
  const { agencyId, from, to, sources = allSources, summaries = true } = params;
  const [letterRows, visitRows, sessionRows] = await Promise.all([
    !sources.letters
      ? []
      : letterLinesWithContentGroups(db, { agencyId, from, to, summaries }),
    !sources.visits ? [] : visitLines(db, { agencyId, from, to, summaries }),
    !sources.sessions
      ? []
      : db
          .select({
            id: receptionSessions.id,
            date: receptionSessions.date,
            kind: receptionSessions.kind,
            headReception: receptionSessions.hostMode,
            hostName: receptionSessions.hostName,
            hostTitle: receptionSessions.hostTitle,
            place: receptionSessions.place,
          })
          .from(receptionSessions)
          .where(and(eq(receptionSessions.agencyId, agencyId), between(receptionSessions.date, from, to), isNull(receptionSessions.cancelledAt))),
  ]);

  const letters = letterRows.map((r) => letterRecordOf(r, agencyId));
  const visits = visitRows.map((r) => visitRecordOf(r, agencyId));
  const sessions: ReportSession[] = sessionRows.map((r) => ({
    unitId: agencyId,
    date: r.date,
    kind: r.kind,
    headReception: r.headReception,
    isCancelled: false,
    ref: {
      source: 'session',
      id: r.id,
      reference: formatViDate(r.date),
      kindLabel: `${receptionSessionKindLabels[r.kind]} (${headReceptionModeLabels[r.headReception].toLocaleLowerCase('vi')})`,
      summary: `${r.hostName}, ${r.hostTitle}; ${r.place}`,
    },
  }));
  return { letters, visits, sessions };
}
