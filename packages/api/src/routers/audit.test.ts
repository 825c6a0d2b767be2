import { findSessionUser, schema, seedDemo, verifyAuditChain } from '@kntc/db';
import { createTestDb, tamperAsSuperuser, testVaultKeyring, type TestDbHandle } from '@kntc/db/testing';
import { todayInVietnam } from '@kntc/domain';
import { asc, count, eq, gt } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../auth/login.js';
import type { Context } from '../context.js';
import { callerAs, rejection } from '../testing/caller.js';
import { can, createCallerFactory, router } from '../trpc.js';

let handle: TestDbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const item = (code: string) => ({ catalogue: 'field' as const, code, name: `Lĩnh vực thử ${code}` });

const auditRows = () => handle.db.select().from(schema.auditLog).orderBy(asc(schema.auditLog.seq));
const auditCount = async () => (await handle.db.select({ n: count() }).from(schema.auditLog))[0]?.n ?? 0;
const lastSeq = async () => (await auditRows()).at(-1)?.seq ?? 0;
const rowsAfter = (seq: number) => handle.db.select().from(schema.auditLog).where(gt(schema.auditLog.seq, seq)).orderBy(asc(schema.auditLog.seq));

/**
 * Procedures built only for this test, on the real procedure builders: they write, fail, nest
 * transactions and name their record the way real procedures may.
 */
const probeRouter = router({
  writeThenFail: can('catalogue.write').mutation(async ({ ctx }) => {
    await ctx.db.insert(schema.catalogueItems).values(item('probe_rolled_back'));
    throw new Error('fails after writing');
  }),
  nested: can('catalogue.write').mutation(async ({ ctx }) => {
    await ctx.db
      .transaction(async (inner) => {
        await inner.insert(schema.catalogueItems).values(item('probe_inner'));
        throw new Error('inner part fails');
      })
      .catch(() => undefined);
    const [row] = await ctx.db.insert(schema.catalogueItems).values(item('probe_outer')).returning();
    if (!row) throw new Error('no row');
    ctx.audit.note = 'Lý do: kiểm tra ghi chú';
    ctx.audit.entity = 'catalogue_items';
    ctx.audit.entityId = row.id;
    return { saved: row.code };
  }),
  formulaNote: can('catalogue.write').mutation(({ ctx }) => {
    ctx.audit.note = '=HYPERLINK("http://example.invalid","bấm vào đây")';
    return { ok: true };
  }),
  keepOnFailure: can('catalogue.write').mutation(async ({ ctx }) => {
    await ctx.db.insert(schema.catalogueItems).values(item('probe_lost'));
    ctx.onRollback((db) => db.insert(schema.catalogueItems).values(item('probe_kept')));
    throw new Error('fails, but the counted attempt stays');
  }),
});

async function probeAs(username: string) {
  const result = await login(handle.db, { username, password: 'kntc-demo-2026' }, { absoluteTimeoutMs: 3_600_000 });
  if (!result.ok) throw new Error('login failed');
  const user = await findSessionUser(handle.db, { token: result.token, idleTimeoutMs: 1_800_000 });
  const ctx: Context = {
    db: handle.db,
    dbKind: handle.kind,
    user,
    requestId: 'probe-request',
    ipAddress: '192.0.2.7',
    now: () => new Date(),
    secrets: { tracking: Buffer.from('test-tracking-secret-32-bytes!!!'), vault: testVaultKeyring },
  };
  return createCallerFactory(probeRouter)(ctx);
}

const codes = async () => (await handle.db.select({ code: schema.catalogueItems.code }).from(schema.catalogueItems)).map((r) => r.code);

describe('the audit middleware', () => {
  it('appends one row per mutation, naming the actor, the record and its digests, and keeps the chain valid', async () => {
    const start = await lastSeq();
    const admin = await callerAs(handle, 'quantri');
    const created = await admin.catalogues.create(item('audit_a'));
    const renamed = await admin.catalogues.update({ id: created.id, version: created.version, data: { ...item('audit_a'), name: 'Tên mới' } });
    await admin.catalogues.update({ id: created.id, version: renamed.version, data: { ...item('audit_a'), name: 'Tên mới hơn' } });
    // Queries leave no row.
    await admin.catalogues.list({});

    const rows = await rowsAfter(start);
    expect(rows.map((r) => r.action)).toEqual(['catalogues.create', 'catalogues.update', 'catalogues.update']);
    const [create, update1, update2] = rows;
    if (!create || !update1 || !update2) throw new Error('rows missing');
    expect(create).toMatchObject({ entity: 'catalogue_items', entityId: created.id, actorRole: 'sysadmin', requestId: 'test', ipAddress: '127.0.0.1', beforeDigest: null });
    expect(create.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    // Each write starts from the state the previous one left: the digests chain per record too.
    expect(update1.beforeDigest).toBe(create.afterDigest);
    expect(update2.beforeDigest).toBe(update1.afterDigest);
    expect(update2.afterDigest).not.toBe(update2.beforeDigest);
    // No raw input in the log: the names typed in appear nowhere.
    expect(JSON.stringify(rows)).not.toContain('Tên mới');

    const result = await verifyAuditChain(handle.db);
    expect(result.broken).toBeNull();
    expect(result.verified).toBe(await auditCount());
  });

  it('records the writes of several routers with their own tables', async () => {
    const start = await lastSeq();
    const admin = await callerAs(handle, 'quantri');
    const year = await admin.calendars.getOne({ id: 2026 });
    await admin.calendars.update({ id: 2026, version: year.version, data: { provisional: year.provisional, entries: year.entries } });
    const rows = await rowsAfter(start);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'calendars.update', entity: 'calendar_years', entityId: '2026' });
    expect(rows[0]?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('leaves no row and no partial write when the procedure fails after writing', async () => {
    const before = await auditCount();
    const probe = await probeAs('quantri');
    await rejection(probe.writeThenFail());
    expect(await codes()).not.toContain('probe_rolled_back');
    // A real procedure refused for a stale version leaves no row either.
    const admin = await callerAs(handle, 'quantri');
    const created = await admin.catalogues.create(item('audit_stale'));
    const stale = await rejection(admin.catalogues.update({ id: created.id, version: created.version + 5, data: item('audit_stale') }));
    expect(stale.code).toBe('CONFLICT');
    expect(await auditCount()).toBe(before + 1);
    // Refused roles write nothing and leave nothing.
    const clerk = await callerAs(handle, 'vanthu');
    expect((await rejection(clerk.catalogues.create(item('audit_forbidden')))).code).toBe('FORBIDDEN');
    expect(await auditCount()).toBe(before + 1);
  });

  it('keeps the procedure in one transaction, with inner transactions as savepoints, and takes the note and record it names', async () => {
    const start = await lastSeq();
    const probe = await probeAs('quantri');
    expect(await probe.nested()).toEqual({ saved: 'probe_outer' });
    const present = await codes();
    expect(present).toContain('probe_outer');
    expect(present).not.toContain('probe_inner');
    const [row] = await rowsAfter(start);
    const [outer] = await handle.db.select().from(schema.catalogueItems).where(eq(schema.catalogueItems.code, 'probe_outer'));
    expect(row).toMatchObject({ note: 'Lý do: kiểm tra ghi chú', entity: 'catalogue_items', entityId: outer?.id, requestId: 'probe-request', ipAddress: '192.0.2.7' });
    expect(row?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('runs the writes a procedure asked to keep after its failure rolled back', async () => {
    const before = await auditCount();
    const probe = await probeAs('quantri');
    await rejection(probe.keepOnFailure());
    const present = await codes();
    expect(present).toContain('probe_kept');
    expect(present).not.toContain('probe_lost');
    expect(await auditCount()).toBe(before);
  });

  it('keeps counting wrong current passwords, although each refused change rolls back', async () => {
    const official = await callerAs(handle, 'phogiamdoc');
    const codes: string[] = [];
    for (let i = 0; i < 11; i++) {
      codes.push((await rejection(official.account.changePassword({ currentPassword: 'khong-phai-mat-khau', newPassword: 'mat-khau-moi-du-dai-2026' }))).code);
    }
    expect(codes.slice(0, 10).every((code) => code === 'BAD_REQUEST')).toBe(true);
    expect(codes[10]).toBe('TOO_MANY_REQUESTS');
  });

  it('gives one unbroken chain when 20 mutations run at once', async () => {
    const start = await lastSeq();
    const admin = await callerAs(handle, 'quantri');
    await Promise.all(Array.from({ length: 20 }, (_, i) => admin.catalogues.create(item(`audit_concurrent_${i}`))));
    const rows = await rowsAfter(start);
    expect(rows).toHaveLength(20);
    expect(new Set(rows.map((r) => r.entityId)).size).toBe(20);
    const result = await verifyAuditChain(handle.db);
    expect(result.broken).toBeNull();
    expect(result.verified).toBe(await auditCount());
  });
});

describe('audit router', () => {
  it('is open to the auditor, the director and the administrator only', async () => {
    for (const username of ['kiemtra', 'giamdoc', 'quantri']) {
      const page = await (await callerAs(handle, username)).audit.list({});
      expect(page.total).toBeGreaterThan(0);
    }
    for (const username of ['thanhtravien', 'tiepdan', 'vanthu']) {
      const caller = await callerAs(handle, username);
      expect((await rejection(caller.audit.list({}))).code).toBe('FORBIDDEN');
      expect((await rejection(caller.audit.export({}))).code).toBe('FORBIDDEN');
    }
  });

  it('filters by action area, record and actor, newest first, and shows one row', async () => {
    const auditor = await callerAs(handle, 'kiemtra');
    const page = await auditor.audit.list({ filter: { action: 'catalogues' }, pagination: { page: 1, perPage: 5 } });
    expect(page.data).toHaveLength(5);
    expect(page.data.every((r) => r.action.startsWith('catalogues.'))).toBe(true);
    const seqs = page.data.map((r) => r.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    const first = page.data[0];
    if (!first?.entityId || !first.actorId) throw new Error('no entity');
    const byRecord = await auditor.audit.list({ filter: { entity: 'catalogue_items', entityId: first.entityId } });
    expect(byRecord.data.every((r) => r.entityId === first.entityId)).toBe(true);
    const byActor = await auditor.audit.list({ filter: { actorId: first.actorId } });
    expect(byActor.data.every((r) => r.actorUsername === 'quantri')).toBe(true);
    expect(await auditor.audit.getOne({ id: first.seq })).toMatchObject({ seq: first.seq, actorName: first.actorName });
    // Filters take legal (Vietnamese) dates: from 17:00 UTC the UTC date is already yesterday there.
    const today = todayInVietnam(new Date());
    const none = await auditor.audit.list({ filter: { from: '2001-01-01', to: '2001-01-31' } });
    expect(none.total).toBe(0);
    expect((await auditor.audit.list({ filter: { from: '2001-01-01', to: today } })).total).toBeGreaterThan(0);
    expect((await rejection(auditor.audit.list({ filter: { from: '2026-02-01', to: '2026-01-01' } }))).code).toBe('BAD_REQUEST');
  });

  it('exports an Excel workbook with Vietnamese headers, and the export is itself logged', async () => {
    const auditor = await callerAs(handle, 'kiemtra');
    const expected = (await auditor.audit.list({ filter: { action: 'catalogues' } })).total;
    const file = await auditor.audit.export({ filter: { action: 'catalogues' } });
    expect(file).toMatchObject({ rows: expected, truncated: false });
    expect(file.fileName).toMatch(/^nhat-ky-kiem-tra-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Nhật ký kiểm tra');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Số thứ tự');
    expect(sheet?.getRow(1).getCell(6).value).toBe('Thao tác');
    expect(sheet?.rowCount).toBe(expected + 1);
    expect(sheet?.getRow(2).getCell(6).value).toMatch(/danh mục/);

    const [last] = (await auditor.audit.list({ pagination: { page: 1, perPage: 1 } })).data;
    expect(last).toMatchObject({ action: 'audit.export', actorUsername: 'kiemtra', note: `${expected} dòng, định dạng xlsx` });
  });

  it('exports CSV with a byte-order mark and formula-looking notes neutralised', async () => {
    await (await probeAs('quantri')).formulaNote();
    const auditor = await callerAs(handle, 'kiemtra');
    const file = await auditor.audit.export({ format: 'csv', filter: { action: 'catalogues.create' } });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFFSố thứ tự,Thời điểm (giờ Việt Nam),')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(file.rows + 1);
    const probe = Buffer.from((await auditor.audit.export({ format: 'csv', filter: { action: 'formulaNote' } })).base64, 'base64').toString('utf8');
    expect(probe).toContain(`"'=HYPERLINK(""http://example.invalid"",""bấm vào đây"")"`);
  });
});

describe('tampering', () => {
  it('is detected by the verifier at the edited row', async () => {
    const rows = await auditRows();
    const target = rows[3];
    if (!target) throw new Error('not enough rows');
    await tamperAsSuperuser(handle, `update audit_log set actor_id = null where seq = ${target.seq}`);
    const result = await verifyAuditChain(handle.db);
    expect(result.broken).toMatchObject({ seq: target.seq, reason: 'content' });
  });
});
