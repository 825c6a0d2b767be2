import {
  DashboardCaseResolutionSchema,
  DashboardLetterHandlingSchema,
  DashboardLetterReceiptSchema,
  DashboardOpenItemSchema,
  DashboardVisitSchema,
  dashboardPresetPeriod,
  isDashboardLetter,
  summariseDashboard,
  type CaseStatus,
  type DashboardRecords,
  type PetitionKind,
  type PetitionStatus,
} from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { seedDemo, DEMO_AGENCY_ID } from '../seed/demo.js';
import { stableUuid } from '../seed/random.js';
import { createTestDb } from '../testing/index.js';
import { loadDashboardRecords } from './dashboard.js';
import { loadCalendar } from './legal-clock.js';
import { formatReceiptNumber } from './petitions.js';
import { selectRows } from './raw.js';

const TODAY = '2026-11-30';
const INSPECTION = stableUuid('unit:inspection');
const ADMIN_OFFICE = stableUuid('unit:admin');
let handle: DbHandle;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  // The demo letters name no registrar or proposer: give some of them officials of two units, so the
  // unit of a letter comes from its case's officer, else its proposer, else its registrar.
  await handle.db.execute(sql`update petitions set created_by = ${stableUuid('user:vanthu')} where receipt_seq % 3 = 0`);
  await handle.db.execute(sql`update petitions set proposed_by = ${stableUuid('user:chanhthanhtra')} where receipt_seq % 5 = 0`);
  await handle.db.execute(sql`update reception_visits set receiving_official_id = ${stableUuid('user:vanthu')} where visit_seq % 4 = 0`);
});
afterAll(() => handle.close());

type LetterRow = {
  id: string;
  unitId: string | null;
  receivedDate: string;
  kind: PetitionKind;
  status: PetitionStatus;
  handledDate: string | null;
  handledDueDate: string | null;
  dueDate: string | null;
  seq: number | null;
  year: number | null;
  splitIndex: number;
  summary: string;
  officerId: string | null;
  officerName: string | null;
};
type CaseRow = { id: string; unitId: string | null; status: CaseStatus; signedDate: string | null; dueDate: string | null; seq: number; year: number; summary: string; assigneeId: string | null; assigneeName: string | null };
type VisitRow = { unitId: string | null; date: string; isGroup: boolean; isRepeat: boolean; persons: number };

/**
 * The domain path: every row of the agency, one record each, with no filter of any kind, so the
 * domain alone decides what counts. The loader's grouping and filters must give the same figures.
 */
async function everyRowAsRecords(): Promise<DashboardRecords> {
  const [letters, caseRows, visitRows] = await Promise.all([
    selectRows<LetterRow>(
      handle.db,
      sql`select p.id, coalesce(co.unit_id, pu.unit_id, ru.unit_id) as "unitId", p.received_date::text as "receivedDate", p.kind, p.status,
            p.handled_date::text as "handledDate", p.handled_due_date::text as "handledDueDate", p.due_date::text as "dueDate",
            p.receipt_seq as seq, p.receipt_year as year, p.split_index as "splitIndex", p.summary,
            coalesce(pu.id, ru.id) as "officerId", coalesce(pu.full_name, ru.full_name) as "officerName"
          from petitions p
          left join cases c on c.petition_id = p.id
          left join users co on co.id = c.assignee_id
          left join users pu on pu.id = p.proposed_by
          left join users ru on ru.id = p.created_by
          where p.agency_id = ${DEMO_AGENCY_ID}`,
    ),
    selectRows<CaseRow>(
      handle.db,
      sql`select c.id, u.unit_id as "unitId", c.status, c.signed_date::text as "signedDate", c.due_date::text as "dueDate", c.case_seq as seq, c.case_year as year,
            c.subject as summary, c.assignee_id as "assigneeId", u.full_name as "assigneeName"
          from cases c left join users u on u.id = c.assignee_id where c.agency_id = ${DEMO_AGENCY_ID}`,
    ),
    selectRows<VisitRow>(
      handle.db,
      sql`select u.unit_id as "unitId", v.visit_date::text as date, v.is_group as "isGroup", v.is_repeat as "isRepeat", v.headcount as persons
          from reception_visits v left join users u on u.id = v.receiving_official_id where v.agency_id = ${DEMO_AGENCY_ID}`,
    ),
  ]);
  return {
    letterReceipts: letters.map((l) => ({ unitId: l.unitId, receivedDate: l.receivedDate, kind: l.kind, inRegister: isDashboardLetter(l.status), count: 1 })),
    letterHandlings: letters.flatMap((l) => (l.handledDate ? [{ unitId: l.unitId, handledDate: l.handledDate, dueDate: l.handledDueDate, inRegister: isDashboardLetter(l.status), count: 1 }] : [])),
    caseResolutions: caseRows.flatMap((c) => (c.signedDate ? [{ unitId: c.unitId, signedDate: c.signedDate, dueDate: c.dueDate, count: 1 }] : [])),
    openItems: [
      ...letters.map((l) => ({
        subjectType: 'petition' as const,
        id: l.id,
        number: formatReceiptNumber(l.seq, l.year, l.splitIndex),
        summary: l.summary,
        status: l.status,
        dueDate: l.dueDate,
        unitId: l.unitId,
        assigneeId: l.officerId,
        assigneeName: l.officerName,
      })),
      ...caseRows.map((c) => ({
        subjectType: 'case' as const,
        id: c.id,
        number: `${String(c.seq)}/${String(c.year)}`,
        summary: c.summary,
        status: c.status,
        dueDate: c.dueDate,
        unitId: c.unitId,
        assigneeId: c.assigneeId,
        assigneeName: c.assigneeName,
      })),
    ],
    visits: visitRows.map((v) => ({ ...v, count: 1 })),
  };
}

const periods = [
  dashboardPresetPeriod('this_year', TODAY),
  dashboardPresetPeriod('this_quarter', TODAY),
  dashboardPresetPeriod('last_12_months', TODAY),
  { from: '2024-06-15', to: '2025-03-10' },
];

describe('loadDashboardRecords', () => {
  it('hands over records the domain schemas accept, each register letter of the period counted once', async () => {
    const loaded = await loadDashboardRecords(handle.db, { agencyId: DEMO_AGENCY_ID, ...dashboardPresetPeriod('this_year', TODAY) });
    for (const r of loaded.letterReceipts) DashboardLetterReceiptSchema.parse(r);
    for (const r of loaded.letterHandlings) DashboardLetterHandlingSchema.parse(r);
    for (const r of loaded.caseResolutions) DashboardCaseResolutionSchema.parse(r);
    for (const r of loaded.openItems) DashboardOpenItemSchema.parse(r);
    for (const r of loaded.visits) DashboardVisitSchema.parse(r);
    const [plain] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from petitions where agency_id = ${DEMO_AGENCY_ID} and status not in ('draft', 'split', 'duplicate') and received_date between '2026-01-01' and ${TODAY}`,
    );
    expect(plain?.n).toBeGreaterThan(0);
    expect(loaded.letterReceipts.reduce((sum, r) => sum + r.count, 0)).toBe(plain?.n);
    expect(new Set(loaded.letterReceipts.map((r) => r.unitId))).toEqual(new Set([INSPECTION, ADMIN_OFFICE, null]));
  });

  for (const period of periods) {
    it(`gives the figures of the domain over every row, ${period.from} – ${period.to}, for the agency and each unit`, async () => {
      const [loaded, everyRow, calendar] = await Promise.all([
        loadDashboardRecords(handle.db, { agencyId: DEMO_AGENCY_ID, ...period }),
        everyRowAsRecords(),
        loadCalendar(handle.db, 2025, 2027),
      ]);
      for (const unitId of [null, INSPECTION, ADMIN_OFFICE]) {
        const options = { ...period, unitId, today: TODAY, calendar };
        const viaSql = summariseDashboard(loaded, options);
        expect(viaSql).toEqual(summariseDashboard(everyRow, options));
        if (unitId === null) expect(viaSql.totals.lettersReceived + viaSql.totals.visits).toBeGreaterThan(0);
      }
    });
  }
});
