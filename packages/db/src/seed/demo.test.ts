import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { createTestDb } from '../testing/index.js';
import { selectRows } from '../queries/raw.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

const snapshot = async () => {
  const tables = [
    'agencies',
    'units',
    'users',
    'persons',
    'petitions',
    'cases',
    'counters',
    'publications',
    'calendar_entries',
    'deadline_rules',
    'catalogue_items',
    'allowance_rates',
    'staff_assignments',
    'trainings',
    'training_attendees',
    'rewards',
    'equipment',
    'equipment_maintenance',
    'annual_plans',
    'plan_items',
    'plan_item_units',
    'plan_item_progress',
  ];
  const out: Record<string, unknown> = {};
  for (const t of tables) {
    const [row] = await selectRows(handle.db, sql.raw(`select md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as h, count(*)::int as n from ${t} x`));
    out[t] = row;
  }
  return out;
};

describe('demo seed', () => {
  it('creates a department with every kind of letter, and seeding twice changes nothing', async () => {
    const summary = await seedDemo(handle.db);
    expect(summary.petitions).toBe(200);
    const kinds = await selectRows<{ kind: string }>(handle.db, sql`select distinct kind from petitions order by kind`);
    expect(kinds.map((r) => r.kind)).toEqual(['complaint', 'denunciation', 'mixed', 'recommendation']);
    const stages = await selectRows<{ status: string }>(handle.db, sql`select distinct status from cases order by status`);
    expect(stages.length).toBeGreaterThanOrEqual(5);
    // Signed denunciations have their conclusion issued, so a publication can be made from them.
    const ready = await selectRows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from cases c join documents d on d.subject_id = c.id and d.kind = 'denunciation_conclusion' where c.signed_date is not null and c.decision_number = lpad(d.seq::text, 2, '0') || '/' || d.symbol`,
    );
    expect(ready[0]?.n).toBeGreaterThan(0);
    // Publications over two years and both kinds, one taken down with its reason, with their pipeline dates.
    const pubs = await selectRows<{ kind: string; state: string; year: string; reason: string | null; from: string; until: string; due: string; field: string | null }>(
      handle.db,
      sql`select kind, state, extract(year from signed_date)::text as year, takedown_reason as reason, posted_from::text as from, posted_until::text as until, publish_due_date::text as due, field_code as field from publications`,
    );
    expect(new Set(pubs.map((p) => p.kind))).toEqual(new Set(['denunciation_conclusion', 'complaint_decision']));
    expect(new Set(pubs.map((p) => p.year)).size).toBeGreaterThanOrEqual(2);
    expect(pubs.filter((p) => p.state === 'taken_down').map((p) => (p.reason ?? '').length)).toEqual([expect.any(Number)]);
    expect(pubs.every((p) => p.field !== null && p.from <= p.due && p.until >= p.from)).toBe(true);
    // Handled letters keep when they were handled and their deadline then, so the public statistics count on-time handling.
    const [handled] = await selectRows<{ handled: number; late: number; missing: number }>(
      handle.db,
      sql`select count(*) filter (where handled_date is not null)::int as handled,
                 count(*) filter (where handled_date > handled_due_date)::int as late,
                 count(*) filter (where status in ('guided', 'transferred', 'archived', 'accepted') and handled_date is null)::int as missing
            from petitions`,
    );
    expect(handled?.handled).toBeGreaterThan(0);
    expect(handled?.late).toBeGreaterThan(0);
    expect(handled?.late).toBeLessThan(handled?.handled ?? 0);
    expect(handled?.missing).toBe(0);
    // The office's demo records exist, and the national database's access device is overdue today.
    const [office] = await selectRows<{ assignments: number; attendees: number; rewards: number; overdue: number }>(
      handle.db,
      sql`select (select count(*)::int from staff_assignments) as assignments,
                 (select count(*)::int from training_attendees) as attendees,
                 (select count(*)::int from rewards where decision_number is null) as rewards,
                 (select count(*)::int from equipment e
                   where e.type = 'national_database_access'
                     and (select max(m.date) from equipment_maintenance m where m.equipment_id = e.id and m.kind in ('maintenance', 'security_check'))
                         + make_interval(months => e.maintenance_interval_months) < (now() at time zone 'Asia/Ho_Chi_Minh')::date) as overdue`,
    );
    expect(office).toEqual({ assignments: 5, attendees: 9, rewards: 1, overdue: 1 });
    const before = await snapshot();
    await seedDemo(handle.db);
    expect(await snapshot()).toEqual(before);
  });
});
