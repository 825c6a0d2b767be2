import { type IsoDate, type PetitionStatus } from '@kntc/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '../client.js';
import { petitions } from '../schema/petitions.js';
import { DEMO_AGENCY_ID, seedDemo } from '../seed/demo.js';
import { createTestDb } from '../testing/index.js';
import { selectRows } from './raw.js';
import { loadReportRecordCounts } from './report-record-counts.js';
import { loadReportRecords } from './report-records.js';

/*
 * A report reads the letters received in its period and, separately, those carried over into it
 * (received before, still open on its first day). Letters around both edges of report year 2026
 * must each be read exactly once, or not at all, by the line loader and the grouped one alike.
 */

const year2026 = { from: '2025-12-15', to: '2026-12-14' } as const;

interface Case {
  name: string;
  received: IsoDate;
  handled: IsoDate | null;
  status?: PetitionStatus;
  /** How many times the report's lines hold it. */
  read: 0 | 1;
}

const cases: Case[] = [
  { name: 'received in 2025, handled in the year (carried over)', received: '2025-11-20', handled: '2026-01-10', read: 1 },
  { name: 'received in 2025, still open (carried over)', received: '2025-11-20', handled: null, status: 'registered', read: 1 },
  { name: 'received the day before the year, handled on its first day', received: '2025-12-14', handled: '2025-12-15', read: 1 },
  { name: 'received and handled the day before the year', received: '2025-12-14', handled: '2025-12-14', read: 0 },
  { name: 'handled before the year', received: '2025-10-01', handled: '2025-12-01', read: 0 },
  { name: 'received on the first day, still open', received: '2025-12-15', handled: null, status: 'classified', read: 1 },
  { name: 'received and handled in the year', received: '2026-03-01', handled: '2026-03-05', read: 1 },
  { name: 'received on the last day, handled after the year', received: '2026-12-14', handled: '2026-12-20', read: 1 },
  { name: 'received after the year', received: '2026-12-15', handled: null, status: 'registered', read: 0 },
  // A data error the index of open days must survive: the write succeeds, and the letter counts where it was received.
  { name: 'handled before it was received, received in the year', received: '2026-02-01', handled: '2026-01-20', read: 1 },
  { name: 'handled before it was received, received in 2025', received: '2025-11-01', handled: '2025-10-01', read: 0 },
  { name: 'a draft received in 2025, open', received: '2025-11-20', handled: null, status: 'draft', read: 0 },
];

let handle: DbHandle;
let ids: string[];

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const [sender] = await selectRows<{ id: string }>(handle.db, sql`select id from persons order by id limit 1`);
  if (!sender) throw new Error('the demo seed has no person');
  const inserted = await handle.db
    .insert(petitions)
    .values(
      cases.map((c, i) => ({
        agencyId: DEMO_AGENCY_ID,
        receiptYear: c.status === 'draft' ? null : Number(c.received.slice(0, 4)),
        receiptSeq: c.status === 'draft' ? null : 9100 + i,
        receivedDate: c.received,
        channel: 'post' as const,
        kind: 'complaint' as const,
        status: c.status ?? 'guided',
        senderId: sender.id,
        summary: c.name,
        content: c.name,
        searchText: c.name,
        handledDate: c.handled,
      })),
    )
    .returning({ id: petitions.id });
  ids = inserted.map((r) => r.id);
}, 180_000);
afterAll(() => handle.close());

describe('the letters a report over a year reads', () => {
  it('holds each letter received in the year or carried over into it once, and no other', async () => {
    const { letters } = await loadReportRecords(handle.db, { agencyId: DEMO_AGENCY_ID, ...year2026, sources: { letters: true, visits: false, sessions: false } });
    const times = (id: string) => letters.filter((l) => l.ref?.id === id).length;
    expect(cases.map((c, i) => ({ name: c.name, read: times(ids[i] ?? '') }))).toEqual(cases.map((c) => ({ name: c.name, read: c.read })));
    expect(new Set(letters.map((l) => l.ref?.id)).size).toBe(letters.length);
  });

  it('groups the same lines: the grouped counts add up to the lines, carried over and received alike', async () => {
    const range = { agencyId: DEMO_AGENCY_ID, ...year2026, sources: { letters: true, visits: false, sessions: false } };
    const [lines, counts] = await Promise.all([loadReportRecords(handle.db, range), loadReportRecordCounts(handle.db, range)]);
    const sum = (letters: readonly { receivedDate: string; count?: number }[], before: boolean) =>
      letters.filter((l) => l.receivedDate < year2026.from === before).reduce((n, l) => n + (l.count ?? 1), 0);
    expect(sum(counts.letters, true)).toBe(sum(lines.letters, true));
    expect(sum(counts.letters, false)).toBe(sum(lines.letters, false));
    expect(sum(lines.letters, true)).toBeGreaterThanOrEqual(3);
  });
});
