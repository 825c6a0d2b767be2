import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callerAs } from '../testing/caller.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const letter = (receivedDate: string) => ({
  receivedDate,
  channel: 'post' as const,
  kind: 'complaint' as const,
  sender: { fullName: 'Trịnh Văn Lịch', address: 'Phường Thắng Lợi, Kon Tum' },
  summary: 'Khiếu nại kết quả xét tuyển',
  content: 'Nội dung.',
});

const errorCode = (p: Promise<unknown>) => p.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : String(e)));

describe('legal clock in the system', () => {
  it('computes a letter’s processing deadline across Tết, and explains it', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const p = await officer.petitions.create(letter('2024-02-07'));
    expect(p.dueDate).toBe('2024-02-28');
    expect(p.deadlineStatus).toBe('overdue');
    const explained = await officer.petitions.deadline({ id: p.id });
    expect(explained?.due).toBe('2024-02-28');
    expect(explained?.basis).toBeTruthy();
    expect(explained?.explanation.join('\n')).toMatch(/Tết/);
  });

  it('gives denunciations the 7-working-day limit of the Law on Denunciation', async () => {
    const officer = await callerAs(handle, 'tiepdan');
    const p = await officer.petitions.create({ ...letter('2026-11-02'), kind: 'denunciation' });
    expect(p.dueDate).toBe('2026-11-11');
    expect(p.dueRuleVersion).toMatch(/^denunciation\.accept@/);
  });

  it('moves open deadlines when a calendar year is edited, and records the move', async () => {
    const director = await callerAs(handle, 'giamdoc');
    const p = await director.petitions.create(letter('2026-11-16'));
    const before = p.dueDate;
    expect(before).toBe('2026-11-30');
    const year = await director.calendars.getOne({ id: 2026 });
    const entries = [...year.entries, { date: '2026-11-20', kind: 'day_off' as const, reason: 'Nghỉ thử nghiệm', source: 'Kiểm thử' }];
    const saved = await director.calendars.update({ id: 2026, version: year.version, data: { provisional: year.provisional, entries } });
    expect(saved.version).toBe(year.version + 1);
    expect((await director.petitions.getOne({ id: p.id })).dueDate).toBe('2026-12-01');
    const log = await director.deadlineRecalculations.list();
    const last = log.data[0];
    expect(last?.reason).toBe('Sửa lịch làm việc năm 2026');
    expect(last?.triggeredByName).toBe('Trần Quốc Bảo');
    expect(last?.changes).toContainEqual(expect.objectContaining({ petitionId: p.id, from: '2026-11-30', to: '2026-12-01' }));
    // A closed letter never moves.
    expect(last?.changes.every((c) => c.to !== '')).toBe(true);
    // Stale version, and a role that may not edit.
    expect(await errorCode(director.calendars.update({ id: 2026, version: year.version, data: { provisional: false, entries } }))).toBe('CONFLICT');
    const officer = await callerAs(handle, 'thanhtravien');
    expect(await errorCode(officer.calendars.update({ id: 2026, version: saved.version, data: { provisional: false, entries } }))).toBe('FORBIDDEN');
  });

  it('rejects a day of another year or a date entered twice', async () => {
    const director = await callerAs(handle, 'giamdoc');
    const year = await director.calendars.getOne({ id: 2025 });
    const wrongYear = [...year.entries, { date: '2024-05-02', kind: 'day_off' as const, reason: 'x', source: 'y' }];
    expect(await errorCode(director.calendars.update({ id: 2025, version: year.version, data: { provisional: false, entries: wrongYear } }))).toBe('BAD_REQUEST');
    const first = year.entries[0];
    if (!first) throw new Error('2025 has entries');
    expect(await errorCode(director.calendars.update({ id: 2025, version: year.version, data: { provisional: false, entries: [...year.entries, first] } }))).toBe('BAD_REQUEST');
    expect((await director.calendars.getOne({ id: 2025 })).version).toBe(year.version);
  });

  it('creates a new year from the Labour Code when no data is given', async () => {
    const director = await callerAs(handle, 'giamdoc');
    const created = await director.calendars.create({ year: 2028 });
    expect(created.provisional).toBe(true);
    expect(created.entries.map((e) => e.date)).toContain('2028-01-26');
    const again = await director.calendars.create({ year: 2028 }).then(() => null, (e: unknown) => e);
    expect(again).toBeInstanceOf(TRPCError);
    expect((again as TRPCError).message).toBe('Đã có lịch năm 2028. Hãy mở lịch đó để sửa.');
  });

  it('moves open deadlines when a rule changes, and refuses overlapping versions', async () => {
    const director = await callerAs(handle, 'giamdoc');
    const p = await director.petitions.create(letter('2026-11-23'));
    const rules = await director.deadlineRules.list();
    const rule = rules.data.find((r) => r.key === 'petition.process');
    if (!rule) throw new Error('petition.process is seeded');
    const { id, version, createdAt: _c, updatedAt: _u, updatedBy: _b, effectiveTo, note, ...data } = rule;
    const payload = { ...data, ...(effectiveTo ? { effectiveTo } : {}), ...(note ? { note } : {}) };
    await director.deadlineRules.update({ id, version, data: { ...payload, days: 12 } });
    const moved = await director.petitions.getOne({ id: p.id });
    expect(moved.dueDate).toBe('2026-12-09');
    expect(await errorCode(director.deadlineRules.create({ ...payload, days: 15 }))).toBe('BAD_REQUEST');
  });
});
