import { StaffAssignmentDataSchema, todayInVietnam } from '@kntc/domain';
import { blanksToNull, schemaResolver } from '../forms/schema-resolver';

type Values = Record<string, unknown>;

/** Optional choices and dates the inputs hold as '' when left empty. */
const OPTIONAL = ['inspectorRank', 'allowanceCategory', 'dateEnded', 'qualifications', 'decisionNumber', 'note'] as const;

export const prepareAssignment = (values: Values): Values => blanksToNull(values, OPTIONAL);

export const assignmentResolver = schemaResolver(StaffAssignmentDataSchema, prepareAssignment);

export const assignmentDefaults = () => ({ dateAssigned: todayInVietnam(), duties: ['reception'], inspectorRank: null, allowanceCategory: 'without_allowance', dateEnded: null });

/** "Tháng này": the allowance is usually paid by month, so the period starts on the 1st. */
export function currentMonth(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 8)}01`, to: today };
}

const money = new Intl.NumberFormat('vi-VN');
/** "1.250.000 đồng", as payment lists write amounts. */
export const formatDong = (amount: number): string => `${money.format(amount)} đồng`;
