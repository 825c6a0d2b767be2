import fc from 'fast-check';
import { shiftDate } from '../common/iso-date.js';
import { petitionKinds } from '../petitions/enums.js';
import { headReceptionModes } from '../reception/visit-enums.js';
import { type ContentGroup } from './content-groups.js';
import { letterResults, priorResolutions, type ReportLetter, type ReportRecords, type ReportSession, type ReportVisit } from './records.js';

/** Dates around report year 2026 (15/12/2025–14/12/2026), so records fall before, in and after it. */
export const dateArb = fc.integer({ min: 0, max: 540 }).map((n) => shiftDate('2025-09-01', n));
export const unitIds = ['thanh-tra', 'hc-th'] as const;
export const fieldCodes = ['dat-dai', 'chinh-sach', 'tu-phap', 'dang', 'khac', 'chua-phan-nhom'] as const;
export const fieldGroups: Record<string, ContentGroup> = { 'dat-dai': 'admin_land_housing', 'chinh-sach': 'admin_policy', 'tu-phap': 'judicial', dang: 'party', khac: 'admin_other' };

export const visitArb: fc.Arbitrary<ReportVisit> = fc
  .record({
    unitId: fc.constantFrom(...unitIds),
    date: dateArb,
    kind: fc.constantFrom('regular' as const, 'periodic' as const, 'ad_hoc' as const),
    head: fc.constantFrom(...headReceptionModes),
    persons: fc.integer({ min: 1, max: 30 }),
    isGroup: fc.boolean(),
    isRepeat: fc.boolean(),
    matterCount: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ head, ...v }) => ({ ...v, headReception: v.kind === 'regular' ? null : head }));

export const sessionArb: fc.Arbitrary<ReportSession> = fc.record({
  unitId: fc.constantFrom(...unitIds),
  date: dateArb,
  kind: fc.constantFrom('periodic' as const, 'ad_hoc' as const),
  headReception: fc.constantFrom(...headReceptionModes),
  isCancelled: fc.boolean(),
});

export const letterArb: fc.Arbitrary<ReportLetter> = fc
  .record({
    unitId: fc.constantFrom(...unitIds),
    receivedDate: dateArb,
    handledAfter: fc.option(fc.integer({ min: 0, max: 200 })),
    kind: fc.constantFrom(...petitionKinds),
    fieldCode: fc.constantFrom(...fieldCodes),
    isEligible: fc.boolean(),
    caseCount: fc.integer({ min: 0, max: 3 }),
    priorResolution: fc.constantFrom(...priorResolutions),
    result: fc.option(fc.constantFrom(...letterResults)),
    hasTransferReply: fc.boolean(),
  })
  .map(({ handledAfter, ...l }) => ({ ...l, handledDate: handledAfter === null ? null : shiftDate(l.receivedDate, handledAfter) }));

export const recordsArb: fc.Arbitrary<ReportRecords> = fc.record({
  visits: fc.array(visitArb, { maxLength: 30 }),
  sessions: fc.array(sessionArb, { maxLength: 10 }),
  letters: fc.array(letterArb, { maxLength: 30 }),
});
