import { type IsoDate } from '../common/iso-date.js';
import { DomainError } from '../errors/domain-error.js';
import { type ContentGroup } from './content-groups.js';
import { leafColumns, type ReportForm, type ReportLeafColumn } from './forms/report-form.js';
import { measureValue, type PeriodRange } from './measure-values.js';
import { type ReportRecords } from './records.js';
import { carryOverDate, type ReportPeriod } from './report-periods.js';

export interface ReportUnit {
  id: string;
  name: string;
}

export interface ReportRow {
  /** The unit's id; absent on the single row of a 'total' form. */
  unitId?: string;
  label: string;
  values: number[];
}

/** A computed form: one value per numbered column in each row, and the total row. */
export interface ReportTable {
  formCode: string;
  title: string;
  period: ReportPeriod;
  /** Letters still open at the end of this day are the period's carried-over ones. */
  carryOverDate: IsoDate;
  columns: ReportLeafColumn[];
  rows: ReportRow[];
  total: number[];
}

export interface ComputeFormOptions {
  /** Rows of a 'by_unit' form, in the order the report lists them. */
  units?: readonly ReportUnit[];
  /** The field catalogue's mapping to the form's content groups; unmapped fields count as "khác". */
  contentGroupOfField?: Readonly<Record<string, ContentGroup>>;
}

const TOTAL_LABEL = 'Tổng cộng';

const rowValues = (columns: readonly ReportLeafColumn[], records: ReportRecords, period: PeriodRange, options: ComputeFormOptions) =>
  columns.map((column) => measureValue(column.measure, records, period, options.contentGroupOfField));

/** The records of one unit's row. */
export function recordsOfUnit(records: ReportRecords, unitId: string): ReportRecords {
  return {
    visits: records.visits.filter((r) => r.unitId === unitId),
    sessions: records.sessions.filter((r) => r.unitId === unitId),
    letters: records.letters.filter((r) => r.unitId === unitId),
  };
}

/** A record of a unit the report does not list would vanish from every row, so the total would lie. */
export function assertKnownUnits(records: ReportRecords, units: readonly ReportUnit[]): void {
  const known = new Set(units.map((u) => u.id));
  const stray = [...records.visits, ...records.sessions, ...records.letters].find((r) => !known.has(r.unitId));
  if (stray) {
    throw new DomainError('VALIDATION', `Số liệu có đơn vị "${stray.unitId}" không nằm trong danh sách đơn vị của báo cáo.`, { units: 'Thiếu đơn vị trong báo cáo.' });
  }
}

/**
 * Computes a form over a period from plain records. Every measure adds up over disjoint records,
 * so the total row is the sum of the unit rows and also what the measures give for all records.
 */
export function computeForm(form: ReportForm, records: ReportRecords, period: ReportPeriod, options: ComputeFormOptions = {}): ReportTable {
  const columns = leafColumns(form.columns);
  const base = { formCode: form.code, title: form.title, period, carryOverDate: carryOverDate(period), columns };
  if (form.rows === 'total') {
    const total = rowValues(columns, records, period, options);
    return { ...base, rows: [{ label: TOTAL_LABEL, values: total }], total };
  }
  const units = options.units ?? [];
  assertKnownUnits(records, units);
  const rows = units.map((unit) => ({ unitId: unit.id, label: unit.name, values: rowValues(columns, recordsOfUnit(records, unit.id), period, options) }));
  const total = columns.map((_, i) => rows.reduce((sum, row) => sum + (row.values[i] ?? 0), 0));
  return { ...base, rows, total };
}

/** The value of column `number` in a row (columns are numbered from 1, as printed). */
export const columnValue = (values: readonly number[], number: number): number => values[number - 1] ?? 0;
