import fc from 'fast-check';
import { caseStatuses } from '../cases/enums.js';
import { shiftDate } from '../common/iso-date.js';
import { petitionKinds, petitionStatuses } from '../petitions/enums.js';
import {
  type DashboardCaseResolution,
  type DashboardLetterHandling,
  type DashboardLetterReceipt,
  type DashboardOpenItem,
  type DashboardRecords,
  type DashboardVisit,
} from './records.js';

/** Days around 2026 so records fall before, inside and after the periods the tests ask for. */
export const dateArb = fc.integer({ min: 0, max: 900 }).map((n) => shiftDate('2025-06-01', n));
export const unitIds = ['thanh-tra', 'hc-th'] as const;
const unitArb = fc.constantFrom<string | null>(...unitIds, null);
const countArb = fc.integer({ min: 1, max: 4 });

export const receiptArb: fc.Arbitrary<DashboardLetterReceipt> = fc.record({
  unitId: unitArb,
  receivedDate: dateArb,
  kind: fc.constantFrom(...petitionKinds),
  inRegister: fc.boolean(),
  count: countArb,
});

export const handlingArb: fc.Arbitrary<DashboardLetterHandling> = fc.record({
  unitId: unitArb,
  handledDate: dateArb,
  dueDate: fc.option(dateArb),
  inRegister: fc.boolean(),
  count: countArb,
});

export const resolutionArb: fc.Arbitrary<DashboardCaseResolution> = fc.record({ unitId: unitArb, signedDate: dateArb, dueDate: fc.option(dateArb), count: countArb });

const officerArb = fc.constantFrom<[string | null, string | null]>(['u1', 'Nguyễn Thị Thu Trang'], ['u2', 'Phạm Văn Dũng'], [null, null]);

export const openItemArb: fc.Arbitrary<DashboardOpenItem> = fc
  .record({
    isCase: fc.boolean(),
    id: fc.uuid(),
    seq: fc.integer({ min: 1, max: 999 }),
    dueDate: fc.option(dateArb),
    unitId: unitArb,
    officer: officerArb,
    petitionStatus: fc.constantFrom(...petitionStatuses),
    caseStatus: fc.constantFrom(...caseStatuses),
  })
  .map(({ isCase, seq, officer, petitionStatus, caseStatus, ...r }) => {
    const common = { ...r, number: `${String(seq)}/2026`, summary: `Việc ${String(seq)}`, assigneeId: officer[0], assigneeName: officer[1] };
    return isCase ? { subjectType: 'case' as const, status: caseStatus, ...common } : { subjectType: 'petition' as const, status: petitionStatus, ...common };
  });

export const visitArb: fc.Arbitrary<DashboardVisit> = fc.record({
  unitId: unitArb,
  date: dateArb,
  isGroup: fc.boolean(),
  isRepeat: fc.boolean(),
  persons: fc.integer({ min: 1, max: 20 }),
  count: countArb,
});

export const dashboardRecordsArb: fc.Arbitrary<DashboardRecords> = fc.record({
  letterReceipts: fc.array(receiptArb, { maxLength: 40 }),
  letterHandlings: fc.array(handlingArb, { maxLength: 40 }),
  caseResolutions: fc.array(resolutionArb, { maxLength: 20 }),
  openItems: fc.array(openItemArb, { maxLength: 30 }),
  visits: fc.array(visitArb, { maxLength: 30 }),
});

/** A period inside the arbitraries' days: from some day, up to a year and a half long. */
export const periodArb = fc
  .record({ start: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 0, max: 540 }) })
  .map(({ start, length }) => ({ from: shiftDate('2025-06-01', start), to: shiftDate('2025-06-01', start + length) }));

/** The same records with every counted record written out `count` times as records of 1. */
export function expandCounts(records: DashboardRecords): DashboardRecords {
  const expand = <T extends { count: number }>(list: readonly T[]): T[] => list.flatMap((r) => Array.from({ length: r.count }, () => ({ ...r, count: 1 })));
  return {
    letterReceipts: expand(records.letterReceipts),
    letterHandlings: expand(records.letterHandlings),
    caseResolutions: expand(records.caseResolutions),
    openItems: records.openItems,
    visits: expand(records.visits),
  };
}
