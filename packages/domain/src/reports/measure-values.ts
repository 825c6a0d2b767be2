import { type IsoDate } from '../common/iso-date.js';
import { contentGroupOf, type ContentGroup } from './content-groups.js';
import { type LetterMeasure, type LetterStage, type ReportMeasure, type SessionMeasure, type VisitMeasure } from './measures.js';
import { type ReportLetter, type ReportRecords, type ReportSession, type ReportVisit } from './records.js';

export interface PeriodRange {
  from: IsoDate;
  to: IsoDate;
}

const within = (date: IsoDate, period: PeriodRange) => date >= period.from && date <= period.to;
const allows = <T>(filter: readonly T[] | undefined, value: T) => filter === undefined || filter.includes(value);
const matches = <T>(filter: T | undefined, value: T) => filter === undefined || filter === value;

/** Stages are defined on dates alone, so carried over + received = to process holds by construction. */
export function isLetterInStage(letter: ReportLetter, stage: LetterStage, period: PeriodRange): boolean {
  switch (stage) {
    case 'carried_over':
      return letter.receivedDate < period.from && (letter.handledDate === null || letter.handledDate >= period.from);
    case 'received':
      return within(letter.receivedDate, period);
    case 'to_process':
      return isLetterInStage(letter, 'carried_over', period) || isLetterInStage(letter, 'received', period);
    case 'processed':
      return isLetterInStage(letter, 'to_process', period) && letter.handledDate !== null && letter.handledDate <= period.to;
    case 'eligible':
      return isLetterInStage(letter, 'processed', period) && letter.isEligible;
  }
}

/*
 * One weight function per register: 0 when the record is not counted, otherwise what it adds to
 * the cell. The value of a cell and the records behind it both come from these, so they cannot drift.
 */

/** What a visit adds to a visit measure: 1 visit, its persons, or its matters (times the lines it stands for). */
export function visitWeight(m: VisitMeasure, v: ReportVisit, period: PeriodRange): number {
  if (!within(v.date, period) || !allows(m.kinds, v.kind)) return 0;
  if (!matches(m.headReception, v.headReception ?? undefined) || !matches(m.isGroup, v.isGroup) || !matches(m.isRepeat, v.isRepeat)) return 0;
  return (m.count === 'visits' ? 1 : m.count === 'persons' ? v.persons : v.matterCount) * (v.count ?? 1);
}

/** A session held in the period counts once, even when nobody came; a cancelled one does not. */
export const sessionWeight = (m: SessionMeasure, s: ReportSession, period: PeriodRange): number =>
  !s.isCancelled && within(s.date, period) && allows(m.kinds, s.kind) && matches(m.headReception, s.headReception) ? (s.count ?? 1) : 0;

/** What a letter adds to a letter measure: 1 letter or its cases (times the lines it stands for). */
export function letterWeight(m: LetterMeasure, l: ReportLetter, period: PeriodRange, groups: Readonly<Record<string, ContentGroup>>): number {
  if (!isLetterInStage(l, m.stage, period) || !allows(m.kinds, l.kind)) return 0;
  if (!allows(m.contentGroups, l.contentGroup ?? contentGroupOf(l.fieldCode, groups)) || !allows(m.priorResolutions, l.priorResolution)) return 0;
  if (m.results !== undefined && (l.result === null || !m.results.includes(l.result))) return 0;
  if (!matches(m.hasTransferReply, l.hasTransferReply)) return 0;
  return (m.count === 'letters' ? 1 : l.caseCount) * (l.count ?? 1);
}

const sumOf = <T>(items: readonly T[], weight: (item: T) => number): number => items.reduce((total, item) => total + weight(item), 0);

/** The number one measure gives for some records over a period. */
export function measureValue(
  measure: ReportMeasure,
  records: ReportRecords,
  period: PeriodRange,
  contentGroupOfField: Readonly<Record<string, ContentGroup>> = {},
): number {
  switch (measure.source) {
    case 'visits':
      return sumOf(records.visits, (v) => visitWeight(measure, v, period));
    case 'sessions':
      return sumOf(records.sessions, (s) => sessionWeight(measure, s, period));
    case 'letters':
      return sumOf(records.letters, (l) => letterWeight(measure, l, period, contentGroupOfField));
  }
}

/** A record behind a cell, with what it adds to it. */
export type WeightedReportRecord =
  | { source: 'visit'; record: ReportVisit; weight: number }
  | { source: 'session'; record: ReportSession; weight: number }
  | { source: 'letter'; record: ReportLetter; weight: number };

/** The records a measure counts (weight above 0), in register order. Their weights add up to `measureValue`. */
export function measureRecords(
  measure: ReportMeasure,
  records: ReportRecords,
  period: PeriodRange,
  contentGroupOfField: Readonly<Record<string, ContentGroup>> = {},
): WeightedReportRecord[] {
  switch (measure.source) {
    case 'visits':
      return records.visits
        .map((record) => ({ source: 'visit' as const, record, weight: visitWeight(measure, record, period) }))
        .filter((r) => r.weight > 0);
    case 'sessions':
      return records.sessions
        .map((record) => ({ source: 'session' as const, record, weight: sessionWeight(measure, record, period) }))
        .filter((r) => r.weight > 0);
    case 'letters':
      return records.letters
        .map((record) => ({ source: 'letter' as const, record, weight: letterWeight(measure, record, period, contentGroupOfField) }))
        .filter((r) => r.weight > 0);
  }
}
