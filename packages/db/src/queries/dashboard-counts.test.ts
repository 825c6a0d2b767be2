import { petitionStatuses } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../client.js';
import { seedDemo } from '../seed/demo.js';
import { stableUuid } from '../seed/random.js';
import { createTestDb, testDbKind, type TestDbHandle } from '../testing/index.js';
import { selectRows } from './raw.js';

/*
 * The dashboard's daily counts (schema/dashboard-counts.ts) are kept by triggers. Whatever writes a
 * letter or a case, they must equal a recount of the letters at every commit.
 */

let handle: TestDbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const OFFICIALS = [null, 'thanhtravien', 'chanhthanhtra', 'vanthu', 'tiepdan'].map((u) => (u ? stableUuid(`user:${u}`) : null));

type CountRow = { key: string; count: number };
const keyed = (rows: CountRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.count]));

/** What the tables hold, and what a recount of the letters gives, keyed by every grouped field. */
async function storedAndRecounted(db: Db) {
  const receiptKey = sql.raw(`concat_ws('|', agency_id, received_date, kind, status, case_assignee_id, proposed_by, created_by)`);
  const handlingKey = sql.raw(`concat_ws('|', agency_id, handled_date, handled_due_date, status, case_assignee_id, proposed_by, created_by)`);
  const visitKey = sql.raw(`concat_ws('|', agency_id, visit_date, receiving_official_id, is_group, is_repeat, headcount)`);
  const letters = sql`select p.*, c.assignee_id as case_assignee_id from petitions p left join cases c on c.petition_id = p.id`;
  const [receipts, handlings, visits, recountedReceipts, recountedHandlings, recountedVisits] = await Promise.all([
    selectRows<CountRow>(db, sql`select ${receiptKey} as key, count from dashboard_letter_receipts`),
    selectRows<CountRow>(db, sql`select ${handlingKey} as key, count from dashboard_letter_handlings`),
    selectRows<CountRow>(db, sql`select ${visitKey} as key, count from dashboard_visits`),
    selectRows<CountRow>(db, sql`select ${receiptKey} as key, count(*)::int as count from (${letters}) l group by 1`),
    selectRows<CountRow>(db, sql`select ${handlingKey} as key, count(*)::int as count from (${letters}) l where handled_date is not null group by 1`),
    selectRows<CountRow>(db, sql`select ${visitKey} as key, count(*)::int as count from reception_visits group by 1`),
  ]);
  return {
    stored: { receipts: keyed(receipts), handlings: keyed(handlings), visits: keyed(visits) },
    recounted: { receipts: keyed(recountedReceipts), handlings: keyed(recountedHandlings), visits: keyed(recountedVisits) },
  };
}

async function expectExact(db: Db) {
  const { stored, recounted } = await storedAndRecounted(db);
  expect(Object.keys(recounted.receipts).length).toBeGreaterThan(0);
  expect(stored).toEqual(recounted);
}

const letterIds = async (db: Db, where = sql`true`) =>
  (await selectRows<{ id: string }>(db, sql`select id from petitions p where ${where} order by receipt_year, receipt_seq, id`)).map((r) => r.id);

/** One write to a letter, a case or a reception visit, as any code path might do it. */
type Change =
  | { op: 'status'; letter: number; status: (typeof petitionStatuses)[number] }
  | { op: 'handled'; letter: number; handled: string | null; due: string | null }
  | { op: 'officials'; letter: number; proposer: number; registrar: number }
  | { op: 'received'; letter: number; date: string }
  | { op: 'open-case'; letter: number; officer: number }
  | { op: 'reassign'; letter: number; officer: number }
  | { op: 'close-case'; letter: number }
  | { op: 'delete-letter'; letter: number }
  | { op: 'visit'; visit: number; date: string; official: number; isGroup: boolean; isRepeat: boolean; headcount: number }
  | { op: 'delete-visit'; visit: number };

const day = fc.integer({ min: 0, max: 700 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));
const letter = fc.nat();
const official = fc.nat({ max: OFFICIALS.length - 1 });
const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ op: fc.constant('status' as const), letter, status: fc.constantFrom(...petitionStatuses) }),
  fc.record({ op: fc.constant('handled' as const), letter, handled: fc.option(day), due: fc.option(day) }),
  fc.record({ op: fc.constant('officials' as const), letter, proposer: official, registrar: official }),
  fc.record({ op: fc.constant('received' as const), letter, date: day }),
  fc.record({ op: fc.constant('open-case' as const), letter, officer: official }),
  fc.record({ op: fc.constant('reassign' as const), letter, officer: official }),
  fc.record({ op: fc.constant('close-case' as const), letter }),
  fc.record({ op: fc.constant('delete-letter' as const), letter }),
  fc.record({
    op: fc.constant('visit' as const),
    visit: fc.nat(),
    date: day,
    official,
    isGroup: fc.boolean(),
    isRepeat: fc.boolean(),
    headcount: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record({ op: fc.constant('delete-visit' as const), visit: fc.nat() }),
);

const hasCase = sql`exists (select 1 from cases where petition_id = p.id)`;

async function apply(db: Db, c: Change) {
  if (c.op === 'visit' || c.op === 'delete-visit') return applyToVisit(db, c);
  // Case changes pick among the letters they can apply to, so that most of them happen.
  const ids = await letterIds(db, c.op === 'reassign' || c.op === 'close-case' ? hasCase : c.op === 'open-case' ? sql`not ${hasCase}` : sql`true`);
  const id = ids[c.letter % ids.length];
  if (!id) return;
  switch (c.op) {
    case 'status':
      return db.execute(sql`update petitions set status = ${c.status} where id = ${id}`);
    case 'handled':
      return db.execute(sql`update petitions set handled_date = ${c.handled}, handled_due_date = ${c.due} where id = ${id}`);
    case 'officials':
      return db.execute(sql`update petitions set proposed_by = ${OFFICIALS[c.proposer] ?? null}, created_by = ${OFFICIALS[c.registrar] ?? null} where id = ${id}`);
    case 'received':
      return db.execute(sql`update petitions set received_date = ${c.date} where id = ${id}`);
    case 'open-case':
      // A second case for a letter is refused by the unique index; the counts must survive the refusal.
      return db.execute(sql`
        insert into cases (agency_id, petition_id, kind, case_year, case_seq, subject, status, accepted_date, assignee_id)
        select p.agency_id, p.id, case when p.kind = 'denunciation' then 'denunciation' else 'complaint_first' end, 2099,
               (select coalesce(max(case_seq), 0) + 1 from cases where case_year = 2099), 'Vụ việc thử', 'accepted', p.received_date, ${OFFICIALS[c.officer] ?? null}
        from petitions p where p.id = ${id} and not exists (select 1 from cases where petition_id = p.id)`);
    case 'reassign':
      return db.execute(sql`update cases set assignee_id = ${OFFICIALS[c.officer] ?? null} where petition_id = ${id}`);
    case 'close-case':
      return db.execute(sql`delete from cases where petition_id = ${id}`);
    case 'delete-letter':
      return db.execute(sql`delete from petitions where id = ${id}`);
  }
}

async function applyToVisit(db: Db, c: Extract<Change, { op: 'visit' | 'delete-visit' }>) {
  const visits = await selectRows<{ id: string }>(db, sql`select id from reception_visits order by visit_year, visit_seq`);
  const id = visits[c.visit % visits.length]?.id;
  if (!id) return;
  if (c.op === 'delete-visit') return db.execute(sql`delete from reception_visits where id = ${id}`);
  return db.execute(sql`
    update reception_visits set visit_date = ${c.date}, receiving_official_id = ${OFFICIALS[c.official] ?? null}, is_group = ${c.isGroup},
      is_repeat = ${c.isRepeat}, headcount = ${c.headcount} where id = ${id}`);
}

describe('the dashboard daily counts', () => {
  it('hold the demo letters and visits exactly after the seed', async () => {
    const { recounted } = await storedAndRecounted(handle.db);
    expect(Object.keys(recounted.visits).length).toBeGreaterThan(0);
    await expectExact(handle.db);
  });

  it('stay exact through any sequence of writes to letters, cases and visits, committed or rolled back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(change, { minLength: 1, maxLength: 6 }), fc.boolean(), async (changes, rollBack) => {
        await handle.db
          .transaction(async (tx) => {
            // A write the database refuses (a foreign key, a unique index) fails its statement only.
            for (const c of changes) await tx.transaction((savepoint) => apply(savepoint, c)).catch(() => undefined);
            if (rollBack) throw new RollBack();
          })
          .catch((error: unknown) => {
            if (!(error instanceof RollBack)) throw error;
          });
        await expectExact(handle.db);
      }),
      { numRuns: testDbKind() === 'pglite' ? 25 : 40 },
    );
  });

  it('are recounted from scratch by rebuild_dashboard_counts()', async () => {
    await handle.db.execute(sql`update dashboard_letter_receipts set count = count + 7`);
    await handle.db.execute(sql`delete from dashboard_letter_handlings where ctid in (select ctid from dashboard_letter_handlings limit 3)`);
    await handle.db.execute(sql`update dashboard_visits set count = count * 2`);
    await handle.db.execute(sql`select rebuild_dashboard_counts()`);
    await expectExact(handle.db);
  });

  // Two sessions at once: only a server has them.
  it.runIf(testDbKind() === 'postgres')('stay exact when a case is reassigned while its letter changes in another transaction', async () => {
    const url = handle.url ?? '';
    const [first, second] = [postgres(url, { max: 1, onnotice: () => {} }), postgres(url, { max: 1, onnotice: () => {} })];
    try {
      const [withCase] = await first<{ id: string }[]>`select petition_id as id from cases limit 1`;
      const id = withCase?.id ?? '';
      for (const caseFirst of [true, false]) {
        const reassign = (sql: postgres.TransactionSql) => sql`update cases set assignee_id = ${caseFirst ? OFFICIALS[3] ?? null : OFFICIALS[4] ?? null} where petition_id = ${id}`;
        const restatus = (sql: postgres.TransactionSql) => sql`update petitions set status = ${caseFirst ? 'accepted' : 'handled'}, proposed_by = ${OFFICIALS[caseFirst ? 1 : 2] ?? null} where id = ${id}`;
        let releaseFirst = () => {};
        const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
        let firstWrote = () => {};
        const firstHasWritten = new Promise<void>((resolve) => (firstWrote = resolve));
        const one = first.begin(async (sql) => {
          await (caseFirst ? reassign(sql) : restatus(sql));
          firstWrote();
          await firstHolds;
        });
        await firstHasWritten;
        // The second transaction waits on the letter's row lock until the first commits.
        const two = second.begin(async (sql) => {
          await (caseFirst ? restatus(sql) : reassign(sql));
        });
        await new Promise((resolve) => setTimeout(resolve, 200));
        releaseFirst();
        await Promise.all([one, two]);
        await expectExact(handle.db);
      }
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });
});

class RollBack extends Error {}
