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
  const tables = ['agencies', 'units', 'users', 'persons', 'petitions', 'cases', 'counters', 'publications', 'calendar_entries', 'deadline_rules', 'catalogue_items'];
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
    const before = await snapshot();
    await seedDemo(handle.db);
    expect(await snapshot()).toEqual(before);
  });
});
