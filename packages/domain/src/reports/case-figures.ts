import { type IsoDate } from '../common/iso-date.js';
import { type CaseKind } from '../cases/enums.js';
import { type PeriodRange } from './measure-values.js';

/** One case (vụ việc thuộc thẩm quyền) as the annual report counts it. */
export interface ReportCase {
  kind: CaseKind;
  acceptedDate: IsoDate;
  /** The day its decision or conclusion was signed, or it was terminated (đình chỉ); null while still being resolved. */
  resolvedDate: IsoDate | null;
  /** The resolution deadline from the legal clock, extensions and suspensions included. */
  dueDate: IsoDate | null;
}

/** Giải quyết khiếu nại or tố cáo over a period, in the order the narrative report states them. */
export interface CaseResolutionFigures {
  /** Accepted before the period and not resolved by its first day. */
  carriedOver: number;
  /** Accepted (thụ lý) in the period. */
  accepted: number;
  /** carriedOver + accepted. */
  toResolve: number;
  resolved: number;
  resolvedOnTime: number;
  resolvedLate: number;
  /** Still being resolved at the end of the period. */
  pending: number;
  /** Of those, past their deadline on `asOf`. */
  pendingOverdue: number;
}

export const caseGroups = ['complaint', 'denunciation'] as const;
export type CaseGroup = (typeof caseGroups)[number];

const groupOf = (kind: CaseKind): CaseGroup => (kind === 'denunciation' ? 'denunciation' : 'complaint');

const emptyFigures = (): CaseResolutionFigures => ({
  carriedOver: 0,
  accepted: 0,
  toResolve: 0,
  resolved: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  pending: 0,
  pendingOverdue: 0,
});

/**
 * Complaint and denunciation cases of a period, with the same dates-only stages as the letters of
 * 02/XLD: carried over + accepted = to resolve = resolved + pending. A case resolved on its due
 * day is on time; a pending case is overdue once its due day is before `asOf` (the period's last
 * day, or today when the period is not over yet).
 */
export function caseResolutionFigures(cases: readonly ReportCase[], period: PeriodRange, asOf: IsoDate): Record<CaseGroup, CaseResolutionFigures> {
  const figures: Record<CaseGroup, CaseResolutionFigures> = { complaint: emptyFigures(), denunciation: emptyFigures() };
  for (const c of cases) {
    if (c.acceptedDate > period.to) continue;
    const isOpenAtStart = c.resolvedDate === null || c.resolvedDate >= period.from;
    const isCarriedOver = c.acceptedDate < period.from && isOpenAtStart;
    const isAccepted = c.acceptedDate >= period.from;
    if (!isCarriedOver && !isAccepted) continue;
    const f = figures[groupOf(c.kind)];
    if (isCarriedOver) f.carriedOver++;
    else f.accepted++;
    f.toResolve++;
    if (c.resolvedDate !== null && c.resolvedDate <= period.to) {
      f.resolved++;
      if (c.dueDate === null || c.resolvedDate <= c.dueDate) f.resolvedOnTime++;
      else f.resolvedLate++;
    } else {
      f.pending++;
      if (c.dueDate !== null && c.dueDate < asOf) f.pendingOverdue++;
    }
  }
  return figures;
}
