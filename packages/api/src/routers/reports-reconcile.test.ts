import { DEMO_AGENCY_ID, selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { columnValue, defaultReportCutOffRules, periodsOfYear, shiftDate, type IsoDate } from '@kntc/domain';
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportEdgeCases } from '../testing/report-register-fixture.js';
import { callerAs } from '../testing/caller.js';

/*
 * Every cell of 01/TCD and 02/XLD recomputed with plain SQL over the registers, column by column
 * from the form's definition, and compared with reports.form. The SQL never calls the domain's
 * measures: a wrong date comparison, a status counted in the wrong column or a record dropped on
 * the way to the domain shows as a difference here.
 */

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  await seedReportEdgeCases(handle.db, DEMO_AGENCY_ID);
}, 180_000);
afterAll(() => handle.close());

const at = () => new Date('2026-12-20T03:00:00Z');

interface Range {
  from: IsoDate;
  to: IsoDate;
}
type ColumnSql = (r: Range) => SQL;

const countWhere = (condition: SQL) => sql`count(*) filter (where ${condition})`;
const sumWhere = (value: SQL, condition: SQL) => sql`coalesce(sum(${value}) filter (where ${condition}), 0)`;

/* 02/XLD: complaint letters of the register (not drafts, not a split letter's parent, not a merged duplicate). */
const carried: ColumnSql = ({ from }) => sql`p.received_date < ${from} and (p.handled_date is null or p.handled_date >= ${from})`;
const received: ColumnSql = ({ from, to }) => sql`p.received_date between ${from} and ${to}`;
const processed: ColumnSql = ({ from, to }) => sql`p.received_date <= ${to} and p.handled_date between ${from} and ${to}`;
// Without a classification (a destroyed letter's tombstone) only an eligible letter is accepted, guided, transferred or urged.
const eligible: ColumnSql = (r) =>
  sql`${processed(r)} and case when p.classification is null then p.status in ('accepted', 'guided', 'transferred', 'urged')
      else jsonb_array_length(p.classification -> 'failedConditions') = 0 end`;
const secondRound = sql`coalesce(p.classification ->> 'complaintRound', 'first') = 'second'`;
const beforeCourt = sql`coalesce(p.classification -> 'failedConditions' @> '["not_before_court"]'::jsonb, false)`;
const contentGroup = sql`coalesce((select ci.report_content_group from catalogue_items ci where ci.catalogue = 'field' and ci.code = p.field_code), 'other')`;
const inGroup = (group: string): ColumnSql => (r) => countWhere(sql`${eligible(r)} and ${contentGroup} = ${group}`);
const eligibleAnd = (condition: SQL): ColumnSql => (r) => countWhere(sql`${eligible(r)} and ${condition}`);

const letterColumns: Record<number, ColumnSql> = {
  1: (r) => countWhere(sql`(${carried(r)}) or (${received(r)})`),
  2: (r) => countWhere(carried(r)),
  3: (r) => countWhere(received(r)),
  4: (r) => countWhere(processed(r)),
  5: (r) => countWhere(eligible(r)),
  // One letter (or split item) is one matter: the register records no case count per letter.
  6: (r) => countWhere(eligible(r)),
  7: inGroup('admin_policy'),
  8: inGroup('admin_land_housing'),
  9: inGroup('admin_other'),
  10: inGroup('judicial'),
  11: inGroup('party'),
  12: inGroup('other'),
  13: eligibleAnd(sql`${secondRound} and not ${beforeCourt}`),
  // Nothing records a matter already resolved twice, and a court judgment makes the letter ineligible.
  14: () => sql`0`,
  15: eligibleAnd(beforeCourt),
  16: eligibleAnd(sql`not ${secondRound} and not ${beforeCourt}`),
  17: eligibleAnd(sql`p.status = 'accepted' and not ${secondRound}`),
  18: eligibleAnd(sql`p.status = 'accepted' and ${secondRound}`),
  19: eligibleAnd(sql`p.status = 'guided'`),
  20: eligibleAnd(sql`p.status in ('transferred', 'urged')`),
  // Replies to transferred letters are not registered anywhere yet.
  21: () => sql`0`,
};

/* 01/TCD: the reception register's lines in the period, and the head's sessions held in it. */
const regular = sql`v.kind = 'regular'`;
const head = (mode: 'in_person' | 'authorised') => sql`v.kind in ('periodic', 'ad_hoc') and coalesce(v.head_reception, 'in_person') = ${mode}`;
const headColumns = (mode: 'in_person' | 'authorised', r: Range): SQL[] => [
  sql`(select count(*) from reception_sessions s where s.agency_id = ${DEMO_AGENCY_ID} and s.cancelled_at is null and s.host_mode = ${mode}
       and s.date between ${r.from} and ${r.to})`,
  countWhere(head(mode)),
  sumWhere(sql`v.headcount`, head(mode)),
  countWhere(head(mode)),
  countWhere(sql`${head(mode)} and v.is_group`),
];
const visitColumns = (r: Range): SQL[] => [
  sql`count(*)`,
  sql`coalesce(sum(v.headcount), 0)`,
  // A visit records one matter.
  sql`count(*)`,
  countWhere(regular),
  sumWhere(sql`v.headcount`, regular),
  countWhere(sql`${regular} and not v.is_repeat`),
  countWhere(sql`${regular} and v.is_repeat`),
  countWhere(sql`${regular} and v.is_group`),
  sumWhere(sql`v.headcount`, sql`${regular} and v.is_group`),
  countWhere(sql`${regular} and v.is_group and not v.is_repeat`),
  countWhere(sql`${regular} and v.is_group and v.is_repeat`),
  ...headColumns('in_person', r),
  ...headColumns('authorised', r),
];

const selectList = (expressions: SQL[]) => sql.join(expressions.map((e, i) => sql`(${e})::int as ${sql.identifier(`c${String(i + 1)}`)}`), sql`, `);
const asValues = (row: Record<string, number> | undefined, count: number) => Array.from({ length: count }, (_, i) => row?.[`c${String(i + 1)}`] ?? -1);

async function lettersBySql(r: Range): Promise<number[]> {
  const expressions = Array.from({ length: 21 }, (_, i) => {
    const column = letterColumns[i + 1];
    if (!column) throw new Error(`no SQL for column ${String(i + 1)}`);
    return column(r);
  });
  const [row] = await selectRows<Record<string, number>>(
    handle.db,
    sql`select ${selectList(expressions)} from petitions p
        where p.agency_id = ${DEMO_AGENCY_ID} and p.status not in ('draft', 'split', 'duplicate') and p.kind = 'complaint'`,
  );
  return asValues(row, 21);
}

async function visitsBySql(r: Range): Promise<number[]> {
  const [row] = await selectRows<Record<string, number>>(
    handle.db,
    sql`select ${selectList(visitColumns(r))} from reception_visits v where v.agency_id = ${DEMO_AGENCY_ID} and v.visit_date between ${r.from} and ${r.to}`,
  );
  return asValues(row, 21);
}

async function formValues(formCode: '01/TCD' | '02/XLD', period: { kind: 'custom'; from: IsoDate; to: IsoDate } | { kind: 'quarter_1' | 'six_months' | 'nine_months' | 'year'; year: number }) {
  const leader = await callerAs(handle, 'giamdoc', { now: at });
  const table = await leader.reports.form({ formCode, period });
  expect(table.rows.map((row) => row.values)).toEqual([table.total]);
  return table;
}

describe('every cell of 01/TCD and 02/XLD equals its plain SQL count', () => {
  const periods = [...periodsOfYear(2026, defaultReportCutOffRules), ...periodsOfYear(2025, defaultReportCutOffRules).slice(-1)];
  for (const period of periods) {
    it(`${period.label} (${period.from} – ${period.to})`, async () => {
      const request = { kind: period.kind === 'custom' ? 'year' : period.kind, year: period.year ?? 2026 } as const;
      const tcd = await formValues('01/TCD', request);
      const xld = await formValues('02/XLD', request);
      expect({ from: tcd.period.from, to: tcd.period.to }).toEqual({ from: period.from, to: period.to });
      expect(tcd.total).toEqual(await visitsBySql(period));
      expect(xld.total).toEqual(await lettersBySql(period));
      expect(xld.carryOverDate).toBe(shiftDate(period.from, -1));
    });
  }

  it('custom ranges: each month of 2026 and ranges that start or end on a cut-off day', async () => {
    const ranges: Range[] = Array.from({ length: 12 }, (_, m) => {
      const month = String(m + 1).padStart(2, '0');
      return { from: `2026-${month}-01`, to: shiftDate(m === 11 ? '2027-01-01' : `2026-${String(m + 2).padStart(2, '0')}-01`, -1) };
    });
    ranges.push({ from: '2025-12-14', to: '2025-12-15' }, { from: '2026-03-15', to: '2026-06-14' }, { from: '2026-12-14', to: '2026-12-14' }, { from: '2024-01-01', to: '2026-12-31' });
    for (const range of ranges) {
      const request = { kind: 'custom', ...range } as const;
      expect({ range, values: (await formValues('01/TCD', request)).total }).toEqual({ range, values: await visitsBySql(range) });
      expect({ range, values: (await formValues('02/XLD', request)).total }).toEqual({ range, values: await lettersBySql(range) });
    }
  });

  it('the data reaches every column the registers can fill, so the comparison is not of zeros', async () => {
    const year: Range = { from: '2025-12-15', to: '2026-12-14' };
    const visits = await visitsBySql(year);
    const letters = await lettersBySql(year);
    const emptyColumns = (values: number[]) => values.flatMap((v, i) => (v > 0 ? [] : [i + 1]));
    expect(emptyColumns(visits)).toEqual([]);
    // 14 (resolved twice), 15 (court judgment: such a letter is not eligible) and 21 (transfer replies) have no data to count.
    expect(emptyColumns(letters)).toEqual([14, 15, 21]);
  });
});

describe('carried over', () => {
  it('a letter received before quý I and still open at its start counts as carried over, not received, until it is handled', async () => {
    const quarter = { kind: 'quarter_1', year: 2026 } as const;
    const before = (await formValues('02/XLD', quarter)).total;
    const [sender] = await selectRows<{ id: string }>(handle.db, sql`select id from persons order by id limit 1`);
    await handle.db.execute(
      sql`insert into petitions (agency_id, receipt_year, receipt_seq, received_date, channel, kind, status, sender_id, summary, content, search_text, handled_date, handled_due_date)
          values (${DEMO_AGENCY_ID}, 2025, 9001, '2025-11-20', 'post', 'complaint', 'guided', ${sender?.id ?? null}, 'Khiếu nại chuyển kỳ', 'Nội dung', 'khieu nai chuyen ky', '2026-03-20', '2025-12-04')`,
    );
    const after = (await formValues('02/XLD', quarter)).total;
    const change = (n: number) => columnValue(after, n) - columnValue(before, n);
    // Open on 15/12/2025 and handled after 14/3/2026: to process, carried over, not processed in the quarter.
    expect([1, 2, 3, 4, 5].map(change)).toEqual([1, 1, 0, 0, 0]);
    const sixMonths = (await formValues('02/XLD', { kind: 'six_months', year: 2026 })).total;
    expect(sixMonths).toEqual(await lettersBySql({ from: '2025-12-15', to: '2026-06-14' }));
  });
});
