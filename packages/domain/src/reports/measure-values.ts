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

function visitValue(m: VisitMeasure, visits: readonly ReportVisit[], period: PeriodRange): number {
  let total = 0;
  for (const v of visits) {
    if (!within(v.date, period) || !allows(m.kinds, v.kind)) continue;
    if (!matches(m.headReception, v.headReception ?? undefined) || !matches(m.isGroup, v.isGroup) || !matches(m.isRepeat, v.isRepeat)) continue;
    total += m.count === 'visits' ? 1 : m.count === 'persons' ? v.persons : v.matterCount;
  }
  return total;
}

const sessionValue = (m: SessionMeasure, sessions: readonly ReportSession[], period: PeriodRange): number =>
  sessions.filter((s) => !s.isCancelled && within(s.date, period) && allows(m.kinds, s.kind) && matches(m.headReception, s.headReception)).length;

function letterValue(m: LetterMeasure, letters: readonly ReportLetter[], period: PeriodRange, groups: Readonly<Record<string, ContentGroup>>): number {
  let total = 0;
  for (const l of letters) {
    if (!isLetterInStage(l, m.stage, period) || !allows(m.kinds, l.kind)) continue;
    if (!allows(m.contentGroups, contentGroupOf(l.fieldCode, groups)) || !allows(m.priorResolutions, l.priorResolution)) continue;
    if (m.results !== undefined && (l.result === null || !m.results.includes(l.result))) continue;
    if (!matches(m.hasTransferReply, l.hasTransferReply)) continue;
    total += m.count === 'letters' ? 1 : l.caseCount;
  }
  return total;
}

/** The number one measure gives for some records over a period. */
export function measureValue(
  measure: ReportMeasure,
  records: ReportRecords,
  period: PeriodRange,
  contentGroupOfField: Readonly<Record<string, ContentGroup>> = {},
): number {
  switch (measure.source) {
    case 'visits':
      return visitValue(measure, records.visits, period);
    case 'sessions':
      return sessionValue(measure, records.sessions, period);
    case 'letters':
      return letterValue(measure, records.letters, period, contentGroupOfField);
  }
}
