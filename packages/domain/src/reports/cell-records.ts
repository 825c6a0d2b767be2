import { DomainError } from '../errors/domain-error.js';
import { assertKnownUnits, recordsOfUnit, type ComputeFormOptions } from './aggregate.js';
import { leafColumns, type ReportForm, type ReportLeafColumn } from './forms/report-form.js';
import { measureRecords, type PeriodRange, type WeightedReportRecord } from './measure-values.js';
import { type ReportRecords } from './records.js';

/** A cell of a computed form opened up: its column, its value, and the records that make it. */
export interface ReportCellRecords {
  column: ReportLeafColumn;
  value: number;
  records: WeightedReportRecord[];
}

function columnOf(form: ReportForm, columnNumber: number): ReportLeafColumn {
  const column = leafColumns(form.columns).find((c) => c.number === columnNumber);
  if (!column) {
    throw new DomainError('VALIDATION', `Biểu ${form.code} không có cột số ${String(columnNumber)}.`, { column: 'Số cột không có trong biểu.' });
  }
  return column;
}

function recordsOfRow(form: ReportForm, records: ReportRecords, options: ComputeFormOptions, unitId: string | undefined): ReportRecords {
  if (unitId === undefined) {
    // The total row of a 'by_unit' form is the sum of its units, so it refuses records of unknown units as computeForm does.
    if (form.rows === 'by_unit') assertKnownUnits(records, options.units ?? []);
    return records;
  }
  if (form.rows === 'total') throw new DomainError('VALIDATION', `Biểu ${form.code} chỉ có dòng tổng cộng.`, { unitId: 'Biểu này không chia theo đơn vị.' });
  if (!(options.units ?? []).some((u) => u.id === unitId)) {
    throw new DomainError('NOT_FOUND', 'Không có đơn vị này trong báo cáo.', { unitId: 'Đơn vị không có trong báo cáo.' });
  }
  return recordsOfUnit(records, unitId);
}

/**
 * The records behind one cell of a form: column `columnNumber` (as printed, from 1) of a unit's
 * row, or of the total row without `unitId`. Their weights add up to the computed cell, since the
 * cell is computed from the same weight functions.
 */
export function recordsBehindCell(
  form: ReportForm,
  columnNumber: number,
  records: ReportRecords,
  period: PeriodRange,
  options: ComputeFormOptions = {},
  unitId?: string,
): ReportCellRecords {
  const column = columnOf(form, columnNumber);
  const weighted = measureRecords(column.measure, recordsOfRow(form, records, options, unitId), period, options.contentGroupOfField);
  return { column, value: weighted.reduce((sum, r) => sum + r.weight, 0), records: weighted };
}
