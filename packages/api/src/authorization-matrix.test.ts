import { loadPermissionMatrix, resetPermissionDefaults, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { actionCodes, defaultPermissionMatrix, roleCodes, type ActionCode, type PermissionMatrix, type RoleCode } from '@kntc/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './root.js';
import { callerAs, demoUserOf } from './testing/caller.js';
import type { ProcedureMeta } from './trpc.js';


type Procedure = { _def: { meta?: ProcedureMeta; inputs: unknown[]; type: string } };
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, Procedure>).sort(([a], [b]) => a.localeCompare(b));

type Caller = Awaited<ReturnType<typeof callerAs>>;
/** Calls a procedure by its dotted path with an empty input: enough to pass or fail authorisation. */
function call(caller: Caller, path: string, procedure: Procedure): Promise<unknown> {
  const fn = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (input?: unknown) => Promise<unknown>;
  return fn(procedure._def.inputs.length > 0 ? {} : undefined);
}
const outcomeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e: unknown) => (e instanceof TRPCError ? e.code : `THROWN: ${String(e)}`));

let handle: DbHandle;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
});
afterAll(() => handle.close());

const at = () => new Date('2026-03-10T03:00:00Z');

describe('every procedure declares who may call it', () => {
  it('the router has procedures, and each is public, open to any signed-in official, or names a matrix action', () => {
    expect(procedures.length).toBeGreaterThan(50);
    const undeclared = procedures
      .filter(([, p]) => {
        const meta = p._def.meta ?? {};
        const declarations = [meta.public === true, meta.signedIn === true, meta.action !== undefined].filter(Boolean).length;
        return declarations !== 1;
      })
      .map(([path]) => path);
    expect(undeclared).toEqual([]);
    for (const [, p] of procedures) if (p._def.meta?.action) expect(actionCodes).toContain(p._def.meta.action);
  });

  it('only the public router is public', () => {
    const publicPaths = procedures.filter(([, p]) => p._def.meta?.public).map(([path]) => path);
    expect(publicPaths.every((path) => path.startsWith('public.') || path.startsWith('auth.'))).toBe(true);
  });

  it('the shipped matrix is what a fresh installation stores', async () => {
    expect(await loadPermissionMatrix(handle.db)).toEqual(defaultPermissionMatrix);
  });
});

describe('authorisation matrix: every procedure × every role', () => {
  let matrix: PermissionMatrix;
  beforeAll(async () => {
    matrix = await loadPermissionMatrix(handle.db);
  });

  it('without a session, everything but the public procedures is UNAUTHORIZED', async () => {
    const anonymous = await callerAs(handle, null, { now: at });
    const mismatches: string[] = [];
    for (const [path, p] of procedures) {
      if (p._def.meta?.public) continue;
      const outcome = await outcomeOf(call(anonymous, path, p));
      if (outcome !== 'UNAUTHORIZED') mismatches.push(`${path}: ${outcome}`);
    }
    expect(mismatches).toEqual([]);
  });

  for (const role of roleCodes) {
    it(`${role}: FORBIDDEN exactly where the matrix grants no scope`, async () => {
      const caller = await callerAs(handle, demoUserOf[role], { now: at });
      const mismatches: string[] = [];
      let allowed = 0;
      let forbidden = 0;
      for (const [path, p] of procedures) {
        const meta = p._def.meta ?? {};
        if (meta.public) continue;
        const granted = meta.signedIn === true || (meta.action !== undefined && matrix[role][meta.action] !== undefined);
        const outcome = await outcomeOf(call(caller, path, p));
        if (granted) {
          allowed++;
          // An empty input is refused as BAD_REQUEST after authorisation; a crash would hide the answer, so it counts as a mismatch too.
          if (['FORBIDDEN', 'UNAUTHORIZED', 'INTERNAL_SERVER_ERROR'].includes(outcome) || outcome.startsWith('THROWN')) {
            mismatches.push(`${path} (${meta.action ?? 'signed in'}) should be allowed, got ${outcome}`);
          }
        } else {
          forbidden++;
          if (outcome !== 'FORBIDDEN') mismatches.push(`${path} (${meta.action}) should be FORBIDDEN, got ${outcome}`);
        }
      }
      expect(mismatches).toEqual([]);
      expect(allowed + forbidden).toBeGreaterThan(0);
    });
  }
});

describe('the matrix is data', () => {
  it('withdrawing a permission in the database refuses the procedure from the next request on; restoring it allows it again', async () => {
    const admin = await callerAs(handle, 'quantri', { now: at });
    const cell = (await admin.permissions.list()).find((c) => c.role === 'inspector' && c.action === 'case.read');
    expect(cell).toMatchObject({ scope: 'agency', edited: false });
    if (!cell) return;
    const before = await callerAs(handle, 'thanhtravien', { now: at });
    expect((await before.cases.list({})).total).toBeGreaterThan(0);

    const revoked = await admin.permissions.update({ role: 'inspector', action: 'case.read', scope: null, version: cell.version });
    expect(revoked).toMatchObject({ scope: null, edited: true, version: cell.version + 1, updatedByName: 'Hồ Minh Khoa' });
    const after = await callerAs(handle, 'thanhtravien', { now: at });
    expect(await outcomeOf(after.cases.list({}))).toBe('FORBIDDEN');
    expect(await outcomeOf(after.cases.getOne({ id: '00000000-0000-4000-8000-000000000000' }))).toBe('FORBIDDEN');
    // Other roles keep theirs.
    expect((await (await callerAs(handle, 'chanhthanhtra', { now: at })).cases.list({})).total).toBeGreaterThan(0);

    // The reference seed runs on every start and must not undo the administrator's choice.
    await seedDemo(handle.db);
    expect((await loadPermissionMatrix(handle.db)).inspector['case.read']).toBeUndefined();

    await admin.permissions.update({ role: 'inspector', action: 'case.read', scope: 'agency', version: revoked.version });
    expect((await (await callerAs(handle, 'thanhtravien', { now: at })).cases.list({})).total).toBeGreaterThan(0);
    await resetPermissionDefaults(handle.db);
  });

  it('a stale edit is a conflict, and nobody can take permission management away from the system administrator', async () => {
    const admin = await callerAs(handle, 'quantri', { now: at });
    const cells = await admin.permissions.list();
    const cell = cells.find((c) => c.role === 'admin_clerk' && c.action === 'document.read');
    if (!cell) throw new Error('cell listed');
    await admin.permissions.update({ role: 'admin_clerk', action: 'document.read', scope: 'agency', version: cell.version });
    await expect(admin.permissions.update({ role: 'admin_clerk', action: 'document.read', scope: null, version: cell.version })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('đã được người khác cập nhật'),
    });
    const own = cells.find((c) => c.role === 'sysadmin' && c.action === 'permission.manage');
    if (!own) throw new Error('cell listed');
    await expect(admin.permissions.update({ role: 'sysadmin', action: 'permission.manage', scope: null, version: own.version })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('Không thể bỏ quyền phân quyền của Quản trị hệ thống'),
    });
    await expect(admin.permissions.update({ role: 'sysadmin', action: 'user.manage', scope: 'own', version: 1 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    // The auditor reads the matrix but cannot change it.
    const auditor = await callerAs(handle, 'kiemtra', { now: at });
    expect((await auditor.permissions.list()).length).toBe(roleCodes.length * actionCodes.length);
    expect(await outcomeOf(auditor.permissions.update({ role: 'auditor', action: 'petition.readContact', scope: 'agency', version: 1 }))).toBe('FORBIDDEN');
    await resetPermissionDefaults(handle.db);
  });
});

async function setScope(role: RoleCode, actions: ActionCode[], scope: 'own' | 'unit' | 'agency' | null) {
  const admin = await callerAs(handle, 'quantri', { now: at });
  const cells = await admin.permissions.list();
  for (const action of actions) {
    const cell = cells.find((c) => c.role === role && c.action === action);
    if (!cell) throw new Error(`${role} ${action}`);
    await admin.permissions.update({ role, action, scope, version: cell.version });
  }
}

describe('scope: own files, own unit, whole agency', () => {
  const DIRECTOR = 'giamdoc';
  it("an inspector limited to their own cases lists only the cases assigned to them, and another's case does not exist for them", async () => {
    const director = await callerAs(handle, DIRECTOR, { now: at });
    const all = await director.cases.list({ pagination: { page: 1, perPage: 100 } });
    expect(all.total).toBeGreaterThan(2);
    const [mine, toDirector, toHead] = all.data;
    if (!mine || !toDirector || !toHead) throw new Error('demo cases');
    const me = await director.session.me();
    const users = await director.users.list();
    const headId = users.data.find((u) => u.role === 'unit_head')?.id;
    const inspectorId = users.data.find((u) => u.role === 'inspector')?.id;
    if (!headId || !inspectorId) throw new Error('demo users');
    await director.cases.assign({ id: toDirector.id, version: toDirector.version, assigneeId: me.id });
    await director.cases.assign({ id: toHead.id, version: toHead.version, assigneeId: headId });

    await setScope('inspector', ['case.read', 'case.write', 'petition.read'], 'own');
    try {
      const inspector = await callerAs(handle, 'thanhtravien', { now: at });
      const seen = await inspector.cases.list({ pagination: { page: 1, perPage: 100 } });
      expect(seen.total).toBe(all.total - 2);
      expect(seen.data.every((c) => c.assigneeId === inspectorId)).toBe(true);
      expect((await inspector.cases.getOne({ id: mine.id })).id).toBe(mine.id);

      const other = await director.cases.getOne({ id: toDirector.id });
      // Each call starts only when awaited, so no refusal goes unobserved in between.
      const attempts: (() => Promise<unknown>)[] = [
        () => inspector.cases.getOne({ id: other.id }),
        () => inspector.cases.timeline({ id: other.id }),
        () => inspector.cases.deadline({ id: other.id }),
        () => inspector.cases.verificationSteps({ id: other.id }),
        () => inspector.cases.setFlags({ id: other.id, version: other.version, isComplex: true, isRemote: false }),
        () => inspector.attachments.list({ subjectType: 'case', subjectId: other.id }),
        () => inspector.documents.list({ subjectType: 'case', subjectId: other.id }),
      ];
      for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await inspector.cases.getMany({ ids: [mine.id, other.id] })).toHaveLength(1);

      // The letter behind their own case stays visible to them; the letter behind another's does not.
      expect((await inspector.petitions.getOne({ id: mine.petitionId })).id).toBe(mine.petitionId);
      await expect(inspector.petitions.getOne({ id: other.petitionId })).rejects.toMatchObject({ code: 'NOT_FOUND' });

      // The unit head limited to the unit sees the inspection unit's cases (theirs and the inspector's), not the director's.
      await setScope('unit_head', ['case.read'], 'unit');
      const head = await callerAs(handle, 'chanhthanhtra', { now: at });
      const unitCases = await head.cases.list({ pagination: { page: 1, perPage: 100 } });
      expect(unitCases.total).toBe(all.total - 1);
      expect(unitCases.data.some((c) => c.id === toHead.id)).toBe(true);
      await expect(head.cases.getOne({ id: toDirector.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await resetPermissionDefaults(handle.db);
    }
    // Back at the default (the whole agency), the same call succeeds.
    const inspector = await callerAs(handle, 'thanhtravien', { now: at });
    expect((await inspector.cases.getOne({ id: toDirector.id })).id).toBe(toDirector.id);
  });

  it('a reception officer limited to their own letters sees only the letters they received', async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at });
    const created = await officer.petitions.create({
      receivedDate: '2026-03-10',
      channel: 'walk_in',
      kind: 'complaint',
      sender: { fullName: 'Phạm Thị Phạm Vi', address: 'Thôn 1, xã Ngọk Bay, thành phố Kon Tum', idNumber: '062190000111', phone: '0905000111' },
      summary: 'Khiếu nại về việc chậm trả lương',
      content: 'Nội dung khiếu nại.',
    });
    await setScope('reception_officer', ['petition.read', 'petition.write'], 'own');
    try {
      const scoped = await callerAs(handle, 'tiepdan', { now: at });
      const list = await scoped.petitions.list({ pagination: { page: 1, perPage: 100 } });
      expect(list.data.map((p) => p.id)).toEqual([created.id]);
      const director = await callerAs(handle, DIRECTOR, { now: at });
      const someoneElses = (await director.petitions.list({ pagination: { page: 1, perPage: 5 } })).data.find((p) => p.id !== created.id);
      if (!someoneElses) throw new Error('demo letters');
      await expect(scoped.petitions.getOne({ id: someoneElses.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(scoped.petitions.timeline({ id: someoneElses.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
      await expect(scoped.petitions.delete({ id: someoneElses.id, version: someoneElses.version })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await resetPermissionDefaults(handle.db);
    }
  });
});

describe('field-level hiding', () => {
  it("without petition.readContact, a sender's ID number, phone and address come back empty; the name stays", async () => {
    const officer = await callerAs(handle, 'tiepdan', { now: at });
    const created = await officer.petitions.create({
      receivedDate: '2026-03-10',
      channel: 'walk_in',
      kind: 'recommendation',
      sender: { fullName: 'Lò Văn Liên Hệ', address: 'Tổ 3, phường Quyết Thắng, thành phố Kon Tum', idNumber: '062088000222', phone: '0914000222' },
      summary: 'Kiến nghị về lịch tiếp công dân',
      content: 'Nội dung kiến nghị.',
    });
    expect(created.sender).toMatchObject({ idNumber: '062088000222', phone: '0914000222' });

    const auditor = await callerAs(handle, 'kiemtra', { now: at });
    const seen = await auditor.petitions.getOne({ id: created.id });
    expect(seen.sender).toMatchObject({ fullName: 'Lò Văn Liên Hệ', idNumber: null, phone: null, address: null });
    const listed = await auditor.petitions.list({ pagination: { page: 1, perPage: 100 } });
    expect(listed.data.every((p) => p.sender.idNumber === null && p.sender.phone === null && p.sender.address === null)).toBe(true);
    expect(JSON.stringify(listed)).not.toContain('062088000222');
  });
});
