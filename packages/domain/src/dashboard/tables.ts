import { caseStatusLabels } from '../cases/enums.js';
import { formatViDate } from '../reception/session-dates.js';
import { petitionKindLabels, petitionKinds } from '../petitions/enums.js';
import { planItemStatusLabels, planItemStatuses } from '../plans/plan-items.js';
import { monthLabel } from './months.js';
import { type DeadlineList } from './open-items.js';
import { rateOf } from './scope.js';
import { type DashboardSummary } from './summary.js';

/** The dashboard's charts and lists; each has a data table on screen and a sheet in the export. */
export const dashboardTableIds = ['totals', 'letters_by_month', 'on_time_by_month', 'open_cases_by_stage', 'open_cases_by_officer', 'visits_by_month', 'plan_progress', 'overdue', 'due_soon'] as const;
export type DashboardTableId = (typeof dashboardTableIds)[number];

export const dashboardTableTitles: Record<DashboardTableId, string> = {
  totals: 'Số liệu tổng hợp',
  letters_by_month: 'Đơn tiếp nhận theo tháng và loại đơn',
  on_time_by_month: 'Tỷ lệ xử lý đúng hạn theo tháng',
  open_cases_by_stage: 'Vụ việc đang giải quyết theo giai đoạn',
  open_cases_by_officer: 'Vụ việc đang giải quyết theo cán bộ',
  visits_by_month: 'Lượt tiếp công dân đông người và tái diễn theo tháng',
  plan_progress: 'Tiến độ thực hiện kế hoạch năm',
  overdue: 'Đơn, vụ việc quá hạn',
  due_soon: 'Đơn, vụ việc sắp đến hạn',
};

/** How a cell reads: a count, a share from 0 to 1 (shown as a percentage), a date or text. */
export type DashboardColumnKind = 'text' | 'count' | 'rate' | 'date';
export type DashboardCell = string | number | null;

export interface DashboardTableColumn {
  key: string;
  label: string;
  kind: DashboardColumnKind;
}

/** A chart's figures as rows and columns, with its total row where the figures add up. */
export interface DashboardTable {
  id: DashboardTableId;
  title: string;
  columns: DashboardTableColumn[];
  rows: DashboardCell[][];
  total: DashboardCell[] | null;
}

export const DASHBOARD_TOTAL_LABEL = 'Tổng cộng';
export const dashboardSubjectLabels = { petition: 'Đơn', case: 'Vụ việc' } as const;

const col = (key: string, label: string, kind: DashboardColumnKind = 'count'): DashboardTableColumn => ({ key, label, kind });
const table = (id: DashboardTableId, columns: DashboardTableColumn[], rows: DashboardCell[][], total: DashboardCell[] | null): DashboardTable => ({
  id,
  title: dashboardTableTitles[id],
  columns,
  rows,
  total,
});
const sumColumn = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);

function deadlineTable(id: 'overdue' | 'due_soon', list: DeadlineList): DashboardTable {
  return table(
    id,
    [
      col('subject', 'Loại', 'text'),
      col('number', 'Số', 'text'),
      col('summary', 'Trích yếu', 'text'),
      col('assignee', 'Cán bộ giải quyết', 'text'),
      col('dueDate', 'Hạn', 'date'),
      col('days', id === 'overdue' ? 'Số ngày quá hạn' : 'Số ngày còn lại'),
    ],
    list.items.map((i) => [dashboardSubjectLabels[i.subjectType], i.number ?? 'Chưa có số', i.summary, i.assigneeName ?? '', formatViDate(i.dueDate), i.days]),
    null,
  );
}

/** Items of the year's plans at each status today, with their share; no rows when no plan was entered. */
function planTable(s: DashboardSummary): DashboardTable {
  const columns = [col('status', 'Tình trạng', 'text'), col('items', 'Số nhiệm vụ'), col('share', 'Tỷ lệ', 'rate')];
  const progress = s.plan?.progress;
  if (!progress) return table('plan_progress', columns, [], null);
  return table(
    'plan_progress',
    columns,
    planItemStatuses.map((status) => [planItemStatusLabels[status], progress.byStatus[status], rateOf(progress.byStatus[status], progress.total)]),
    [DASHBOARD_TOTAL_LABEL, progress.total, rateOf(progress.total, progress.total)],
  );
}

/**
 * Every chart's figures as a table: the same rows the screen's "Xem bảng số liệu" shows and the
 * export writes, so what a leader reads, hears from a screen reader and downloads are one thing.
 */
export function dashboardTables(s: DashboardSummary): Record<DashboardTableId, DashboardTable> {
  const t = s.totals;
  const kindColumns = petitionKinds.map((kind) => col(kind, petitionKindLabels[kind]));
  return {
    totals: table(
      'totals',
      [col('figure', 'Chỉ tiêu', 'text'), col('value', 'Số liệu')],
      [
        ['Đơn tiếp nhận trong kỳ', t.lettersReceived],
        ['Đơn đã xử lý trong kỳ', t.lettersHandled],
        ['Đơn xử lý đúng hạn', t.lettersOnTime],
        ['Vụ việc đã giải quyết trong kỳ', t.casesResolved],
        ['Vụ việc giải quyết đúng hạn', t.casesOnTime],
        ['Đơn đang xử lý (hiện tại)', t.openLetters],
        ['Vụ việc đang giải quyết (hiện tại)', t.openCases],
        ['Quá hạn (hiện tại)', t.overdue],
        ['Sắp đến hạn (hiện tại)', t.dueSoon],
        ['Lượt tiếp công dân trong kỳ', t.visits],
        ['Lượt tiếp đoàn đông người', t.groupVisits],
        ['Lượt tiếp tái diễn', t.repeatVisits],
      ],
      null,
    ),
    letters_by_month: table(
      'letters_by_month',
      [col('month', 'Tháng', 'text'), ...kindColumns, col('total', 'Tổng số')],
      s.lettersByMonth.map((m) => [monthLabel(m.month), ...petitionKinds.map((k) => m[k]), m.total]),
      [DASHBOARD_TOTAL_LABEL, ...petitionKinds.map((k) => t.lettersByKind[k]), t.lettersReceived],
    ),
    on_time_by_month: table(
      'on_time_by_month',
      [
        col('month', 'Tháng', 'text'),
        col('lettersHandled', 'Đơn đã xử lý'),
        col('lettersOnTime', 'Đơn xử lý đúng hạn'),
        col('letterRate', 'Tỷ lệ đơn đúng hạn', 'rate'),
        col('casesResolved', 'Vụ việc đã giải quyết'),
        col('casesOnTime', 'Vụ việc đúng hạn'),
        col('caseRate', 'Tỷ lệ vụ việc đúng hạn', 'rate'),
        col('openOverdue', 'Còn tồn, đã quá hạn trong tháng'),
      ],
      s.onTimeByMonth.map((m) => [monthLabel(m.month), m.lettersHandled, m.lettersOnTime, m.letterRate, m.casesResolved, m.casesOnTime, m.caseRate, m.openOverdue]),
      [DASHBOARD_TOTAL_LABEL, t.lettersHandled, t.lettersOnTime, t.letterRate, t.casesResolved, t.casesOnTime, t.caseRate, sumColumn(s.onTimeByMonth, (m) => m.openOverdue)],
    ),
    open_cases_by_stage: table(
      'open_cases_by_stage',
      [col('stage', 'Giai đoạn', 'text'), col('count', 'Số vụ việc'), col('overdue', 'Trong đó quá hạn')],
      s.openCasesByStage.map((r) => [caseStatusLabels[r.status], r.count, r.overdue]),
      [DASHBOARD_TOTAL_LABEL, sumColumn(s.openCasesByStage, (r) => r.count), sumColumn(s.openCasesByStage, (r) => r.overdue)],
    ),
    open_cases_by_officer: table(
      'open_cases_by_officer',
      [col('officer', 'Cán bộ', 'text'), col('count', 'Số vụ việc'), col('overdue', 'Trong đó quá hạn')],
      s.openCasesByOfficer.map((r) => [r.name, r.count, r.overdue]),
      [DASHBOARD_TOTAL_LABEL, sumColumn(s.openCasesByOfficer, (r) => r.count), sumColumn(s.openCasesByOfficer, (r) => r.overdue)],
    ),
    visits_by_month: table(
      'visits_by_month',
      [col('month', 'Tháng', 'text'), col('visits', 'Tổng số lượt tiếp'), col('persons', 'Số người'), col('groupVisits', 'Lượt đoàn đông người'), col('repeatVisits', 'Lượt tái diễn')],
      s.visitsByMonth.map((m) => [monthLabel(m.month), m.visits, m.persons, m.groupVisits, m.repeatVisits]),
      [DASHBOARD_TOTAL_LABEL, t.visits, t.persons, t.groupVisits, t.repeatVisits],
    ),
    plan_progress: planTable(s),
    overdue: deadlineTable('overdue', s.overdue),
    due_soon: deadlineTable('due_soon', s.dueSoon),
  };
}
