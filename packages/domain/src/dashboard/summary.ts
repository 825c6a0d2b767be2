import { type IsoDate } from '../common/iso-date.js';
import { type WorkCalendar } from '../legal-clock/calendar.js';
import { deadlineStatusBounds } from '../legal-clock/status-bounds.js';
import { type PetitionKind } from '../petitions/enums.js';
import { lettersByKind, lettersByMonthAndKind, type LettersMonth } from './letters.js';
import { monthsOfRange, type MonthKey } from './months.js';
import { onTimeByMonth, type OnTimeMonth } from './on-time.js';
import { type DashboardPlan } from './plan.js';
import { deadlineLists, isOpenItem, openCasesByOfficer, openCasesByStage, type DeadlineList, type OfficerCount, type StageCount } from './open-items.js';
import { type DashboardRecords } from './records.js';
import { isInDashboardUnit, rateOf, type DashboardScope } from './scope.js';
import { visitsByMonth, type VisitsMonth } from './visits.js';

/** The figures of the header cards. Period figures count within from–to; "open" ones are as of today. */
export interface DashboardTotals {
  lettersReceived: number;
  lettersByKind: Record<PetitionKind, number>;
  lettersHandled: number;
  lettersOnTime: number;
  letterRate: number | null;
  casesResolved: number;
  casesOnTime: number;
  caseRate: number | null;
  openLetters: number;
  openCases: number;
  overdue: number;
  dueSoon: number;
  visits: number;
  persons: number;
  groupVisits: number;
  repeatVisits: number;
}

export interface DashboardSummary extends DashboardScope {
  /** The day "open", "overdue" and "due soon" are judged on. */
  today: IsoDate;
  months: MonthKey[];
  totals: DashboardTotals;
  lettersByMonth: LettersMonth[];
  onTimeByMonth: OnTimeMonth[];
  openCasesByStage: StageCount[];
  openCasesByOfficer: OfficerCount[];
  overdue: DeadlineList;
  dueSoon: DeadlineList;
  visitsByMonth: VisitsMonth[];
  /** The annual plan of the period's year, or null when none has been entered. */
  plan: DashboardPlan | null;
}

/** How many overdue and due-soon items the lists show; the cards and lists carry the full counts. */
export const DASHBOARD_LIST_LIMIT = 10;

export interface DashboardOptions extends DashboardScope {
  today: IsoDate;
  /** The working calendar around today, which decides what is due soon. */
  calendar: WorkCalendar;
  listLimit?: number;
  /** Loaded apart from the records: the plan is the agency's, not a count over the period. */
  plan?: DashboardPlan | null;
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

/**
 * Every chart, list and card of the leaders' dashboard from plain records: the one definition of
 * what each figure counts. Period totals are the sums of their months, so a card never disagrees
 * with the chart beneath it.
 */
export function summariseDashboard(records: DashboardRecords, options: DashboardOptions): DashboardSummary {
  const scope: DashboardScope = { from: options.from, to: options.to, unitId: options.unitId };
  const bounds = deadlineStatusBounds(options.today, options.calendar);
  const letters = lettersByMonthAndKind(records.letterReceipts, scope);
  const onTime = onTimeByMonth(records, scope, options.today);
  const visits = visitsByMonth(records.visits, scope);
  const lists = deadlineLists(records.openItems, scope, bounds, options.listLimit ?? DASHBOARD_LIST_LIMIT);
  const open = records.openItems.filter((i) => isOpenItem(i) && isInDashboardUnit(i, scope));
  const lettersHandled = sum(onTime, (m) => m.lettersHandled);
  const lettersOnTime = sum(onTime, (m) => m.lettersOnTime);
  const casesResolved = sum(onTime, (m) => m.casesResolved);
  const casesOnTime = sum(onTime, (m) => m.casesOnTime);
  return {
    ...scope,
    today: options.today,
    months: monthsOfRange(scope.from, scope.to),
    totals: {
      lettersReceived: sum(letters, (m) => m.total),
      lettersByKind: lettersByKind(letters),
      lettersHandled,
      lettersOnTime,
      letterRate: rateOf(lettersOnTime, lettersHandled),
      casesResolved,
      casesOnTime,
      caseRate: rateOf(casesOnTime, casesResolved),
      openLetters: open.filter((i) => i.subjectType === 'petition').length,
      openCases: open.filter((i) => i.subjectType === 'case').length,
      overdue: lists.overdue.total,
      dueSoon: lists.due_soon.total,
      visits: sum(visits, (m) => m.visits),
      persons: sum(visits, (m) => m.persons),
      groupVisits: sum(visits, (m) => m.groupVisits),
      repeatVisits: sum(visits, (m) => m.repeatVisits),
    },
    lettersByMonth: letters,
    onTimeByMonth: onTime,
    openCasesByStage: openCasesByStage(records.openItems, scope, bounds),
    openCasesByOfficer: openCasesByOfficer(records.openItems, scope, bounds),
    overdue: lists.overdue,
    dueSoon: lists.due_soon,
    visitsByMonth: visits,
    plan: options.plan ?? null,
  };
}
