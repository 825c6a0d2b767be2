import { DEMO_AGENCY_ID, ensureReferenceData, selectRows, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { columnValue, contentGroups, type ContentGroup } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs, outcomeOf } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
}, 180_000);
afterAll(() => handle.close());

const at = () => new Date('2026-12-20T03:00:00Z');
const year2026 = { kind: 'year', year: 2026 } as const;
// Form 02/XLD's content columns, in the order of the domain's groups.
const contentColumn: Record<ContentGroup, number> = { admin_policy: 7, admin_land_housing: 8, admin_other: 9, judicial: 10, party: 11, other: 12 };

/** Eligible complaints handled in report year 2026 per content group, straight from the tables. */
async function eligibleByGroup(): Promise<Record<ContentGroup, number>> {
  const rows = await selectRows<{ grp: ContentGroup; n: number }>(
    handle.db,
    sql`select coalesce(ci.report_content_group, 'other') as grp, count(*)::int as n
        from petitions p left join catalogue_items ci on ci.catalogue = 'field' and ci.code = p.field_code
        where p.agency_id = ${DEMO_AGENCY_ID} and p.status not in ('draft', 'split', 'duplicate') and p.kind = 'complaint'
          and p.received_date <= '2026-12-14' and p.handled_date between '2025-12-15' and '2026-12-14'
          and (case when p.classification is null then p.status in ('accepted', 'guided', 'transferred', 'urged') else jsonb_array_length(p.classification->'failedConditions') = 0 end)
        group by 1`,
  );
  const counts = Object.fromEntries(contentGroups.map((g) => [g, 0])) as Record<ContentGroup, number>;
  for (const r of rows) counts[r.grp] = r.n;
  return counts;
}

const contentValues = (total: readonly number[]) => Object.fromEntries(contentGroups.map((g) => [g, columnValue(total, contentColumn[g])]));

describe('02/XLD content columns from the field catalogue', () => {
  it('spread the demo letters over their fields\' groups, as plain SQL counts them, instead of all in "khác"', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const table = await leader.reports.form({ formCode: '02/XLD', period: year2026 });
    const expected = await eligibleByGroup();
    expect(contentValues(table.total)).toEqual(expected);
    expect(expected.admin_policy).toBeGreaterThan(0);
    expect(expected.admin_other).toBeGreaterThan(0);
    expect(columnValue(table.total, 12)).toBeLessThan(columnValue(table.total, 5));
    const drilled = await leader.reports.cell({ formCode: '02/XLD', period: year2026, column: 7 });
    expect(drilled.total).toBe(expected.admin_policy);
  });

  it('moving a field to another group in the catalogue moves its letters; the reference seed keeps the edit', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const before = await leader.reports.form({ formCode: '02/XLD', period: year2026 });
    const [discipline] = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from petitions where agency_id = ${DEMO_AGENCY_ID} and kind = 'complaint' and field_code = 'hanh_chinh.ky_luat'
          and status in ('accepted', 'guided', 'transferred', 'urged') and handled_date between '2025-12-15' and '2026-12-14'`,
    );
    expect(discipline?.n).toBeGreaterThan(0);

    const items = await leader.catalogues.list({ filter: { catalogue: 'field' } });
    const item = items.data.find((i) => i.code === 'hanh_chinh.ky_luat');
    if (!item) throw new Error('no discipline field');
    expect(item.reportContentGroup).toBe('admin_other');
    const { id, version, updatedAt: _u, ...data } = item;
    await leader.catalogues.update({ id, version, data: { ...data, reportContentGroup: 'admin_policy' } });
    await ensureReferenceData(handle.db);

    const after = await leader.reports.form({ formCode: '02/XLD', period: year2026 });
    const moved = discipline?.n ?? 0;
    expect(columnValue(after.total, 7)).toBe(columnValue(before.total, 7) + moved);
    expect(columnValue(after.total, 9)).toBe(columnValue(before.total, 9) - moved);
    expect(contentValues(after.total)).toEqual(await eligibleByGroup());
  });

  it('an installation from before the column learns the shipped groups at start, but never over an administrator\'s edit', async () => {
    await selectRows(handle.db, sql`update catalogue_items set report_content_group = null where catalogue = 'field' and code in ('tu_phap', 'hanh_chinh.ky_luat')`);
    await ensureReferenceData(handle.db);
    const rows = await selectRows<{ code: string; grp: string | null }>(
      handle.db,
      sql`select code, report_content_group as grp from catalogue_items where catalogue = 'field' and code in ('tu_phap', 'hanh_chinh.ky_luat') order by code`,
    );
    // tu_phap was never saved by anyone and gets 'judicial' back; the discipline field was edited above and keeps what the administrator left.
    expect(rows).toEqual([{ code: 'hanh_chinh.ky_luat', grp: null }, { code: 'tu_phap', grp: 'judicial' }]);
  });

  it('only a field of the matter has a report content group', async () => {
    const leader = await callerAs(handle, 'giamdoc', { now: at });
    const outcome = await outcomeOf(
      leader.catalogues.create({ catalogue: 'result_type', code: 'kn_khac', name: 'Kết quả khác', reportContentGroup: 'other' }),
    );
    expect(outcome).toMatch(/^BAD_REQUEST/);
    const field = await leader.catalogues.create({ catalogue: 'field', code: 'hanh_chinh.nha_o_cong_vu', name: 'Nhà ở công vụ', parentCode: 'hanh_chinh', reportContentGroup: 'admin_land_housing' });
    expect(field.reportContentGroup).toBe('admin_land_housing');
  });
});
