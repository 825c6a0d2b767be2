import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAudit, createDb, schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb, tamperAsSuperuser, testDbKind, type TestDbHandle } from '@kntc/db/testing';
import { asc, gt } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { loadSecrets } from '../src/secrets.js';
import { cookieOf, dataOf, signIn } from './support/auth-http.js';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const filesDir = mkdtempSync(path.join(tmpdir(), 'kntc-audit-files-'));
const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', LOGIN_MAX_PER_MINUTE: '50', FILES_DIR: filesDir });

let handle: TestDbHandle;
let app: FastifyInstance;
beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const logger = createLogger(env);
  app = await buildApp(handle, env, logger, loadSecrets(env, logger));
});
afterAll(async () => {
  await app.close();
  await handle.close();
  rmSync(filesDir, { recursive: true, force: true });
});

const lastSeq = async (db = handle.db) => (await db.select().from(schema.auditLog).orderBy(asc(schema.auditLog.seq))).at(-1)?.seq ?? 0;
const rowsAfter = (seq: number, db = handle.db) => db.select().from(schema.auditLog).where(gt(schema.auditLog.seq, seq)).orderBy(asc(schema.auditLog.seq));

describe('audit rows of the HTTP host', () => {
  it('records sign-in, a failed sign-in without the typed name, a mutation with its request, and sign-out', async () => {
    const start = await lastSeq();
    const failed = await signIn(app, { username: 'Giamdoc-Sai-Ten', password: 'khong-dung-mat-khau', address: '198.51.100.20' });
    expect(failed.statusCode).toBe(401);
    const ok = await signIn(app, { username: 'quantri', address: '198.51.100.21' });
    expect(ok.statusCode, ok.body).toBe(200);
    const cookie = cookieOf(ok);
    dataOf(
      await app.inject({
        method: 'POST',
        url: '/trpc/catalogues.create',
        headers: { cookie, 'content-type': 'application/json' },
        payload: JSON.stringify({ catalogue: 'field', code: 'http_audit', name: 'Lĩnh vực ghi qua HTTP' }),
        remoteAddress: '198.51.100.22',
      }),
    );
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie }, remoteAddress: '198.51.100.23' });
    expect(out.statusCode).toBe(204);

    const rows = await rowsAfter(start);
    expect(rows.map((r) => r.action)).toEqual(['auth.login_failed', 'auth.login', 'catalogues.create', 'auth.logout']);
    const [fail, login, create, logout] = rows;
    expect(fail).toMatchObject({ actorId: null, agencyId: null, ipAddress: '198.51.100.20' });
    expect(fail?.note).toMatch(/^Sai tên đăng nhập hoặc mật khẩu; mã băm tên đăng nhập: [0-9a-f]{32}$/);
    expect(JSON.stringify(rows).toLowerCase()).not.toContain('giamdoc-sai-ten');
    expect(login).toMatchObject({ actorRole: 'sysadmin', entity: 'users', ipAddress: '198.51.100.21' });
    expect(login?.actorId).toBe(login?.entityId);
    expect(create).toMatchObject({ actorId: login?.actorId, entity: 'catalogue_items', ipAddress: '198.51.100.22' });
    expect(create?.requestId).toMatch(/\S/);
    expect(logout).toMatchObject({ actorId: login?.actorId, ipAddress: '198.51.100.23' });
  });

  it('records an uploaded attachment in the transaction that stores it', async () => {
    const cookie = cookieOf(await signIn(app, { username: 'thanhtravien' }));
    const [petition] = await handle.db.select({ id: schema.petitions.id }).from(schema.petitions).limit(1);
    if (!petition) throw new Error('no demo letter');
    const form = new FormData();
    form.append('subjectType', 'petition');
    form.append('subjectId', petition.id);
    form.append('file', new Blob([Buffer.from('%PDF-1.4\n% nhật ký\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')], { type: 'application/pdf' }), 'bien-ban.pdf');
    const body = new Response(form);
    const start = await lastSeq();
    const res = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: { cookie, 'content-type': body.headers.get('content-type') ?? '' },
      payload: Buffer.from(await body.arrayBuffer()),
    });
    expect(res.statusCode, res.body).toBe(201);
    const [row] = await rowsAfter(start);
    expect(row).toMatchObject({ action: 'files.upload', entity: 'attachments', entityId: (res.json() as { id: string }).id, actorRole: 'inspector' });
    expect(row?.afterDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain('bien-ban');
  });

  it('answers the same digest for the same name typed twice, so repeated attempts show', async () => {
    const start = await lastSeq();
    await signIn(app, { username: 'ai-do', password: 'sai-mat-khau-1' });
    await signIn(app, { username: ' AI-DO ', password: 'sai-mat-khau-2' });
    await signIn(app, { username: 'nguoi-khac', password: 'sai-mat-khau-3' });
    const notes = (await rowsAfter(start)).map((r) => r.note);
    expect(notes[0]).toBe(notes[1]);
    expect(notes[2]).not.toBe(notes[0]);
  });

  it('refuses to let the application connection change the log', async () => {
    const before = await rowsAfter(0);
    await expect(handle.db.delete(schema.auditLog)).rejects.toThrow();
    await expect(handle.db.update(schema.auditLog).set({ note: 'sửa' })).rejects.toThrow();
    expect(await rowsAfter(0)).toEqual(before);
  });
});

/** Each run starts tsx and loads the database engine: seconds apiece on a busy two-core machine. */
const CLI_TIMEOUT = 180_000;

/** Runs `pnpm audit:verify`'s script as a separate process against the given database. */
function runVerify(target: { url?: string; dir?: string }, args: string[] = []) {
  const childEnv: NodeJS.ProcessEnv = { PATH: process.env.PATH, NODE_ENV: 'test', HOME: process.env.HOME };
  if (target.url) childEnv.DATABASE_URL = target.url;
  if (target.dir) childEnv.PGLITE_DIR = target.dir;
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(path.join(appDir, 'node_modules/.bin/tsx'), ['src/cli/audit-verify.ts', ...args], { cwd: appDir, env: childEnv, timeout: CLI_TIMEOUT }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
    });
  });
}

describe('pnpm audit:verify', () => {
  /**
   * On PostgreSQL the CLI reads the test database while this process holds it open. PGlite has a
   * single user per folder, so that case uses its own on-disk database, closed while the CLI runs.
   */
  let dir: string | undefined;
  let cliHandle: DbHandle | undefined;
  const open = async () => {
    if (handle.kind === 'postgres') return handle;
    dir ??= mkdtempSync(path.join(tmpdir(), 'kntc-audit-'));
    cliHandle = createDb({ dataDir: dir });
    await cliHandle.migrate();
    return cliHandle;
  };
  const release = async () => {
    if (cliHandle) await cliHandle.close();
    cliHandle = undefined;
  };
  const target = () => (handle.kind === 'postgres' ? { url: handle.url } : { dir });
  afterAll(async () => {
    await release();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints the count verified and a head to anchor, exits 0, and checks the anchor later', async () => {
    const db = (await open()).db;
    for (let i = 0; i < 12; i++) await appendAudit(db, { at: new Date(), action: 'cli.test', note: `dòng ${i}` });
    const total = (await db.select().from(schema.auditLog)).length;
    await release();

    const run = await runVerify(target());
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`đã kiểm tra ${total} dòng`);
    const head = /Mốc: (\d+:[0-9a-f]{64})/.exec(run.stdout)?.[1];
    expect(head).toBeDefined();

    const json = await runVerify(target(), ['--json', '--batch', '5', '--anchor', head ?? '']);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, verified: total, broken: null });
  }, CLI_TIMEOUT);

  it('names the tampered row and exits 1', async () => {
    const opened = await open();
    const rows = await opened.db.select().from(schema.auditLog).orderBy(asc(schema.auditLog.seq));
    const target7 = rows[6];
    if (!target7) throw new Error('not enough rows');
    if (opened.kind === 'postgres') {
      await tamperAsSuperuser(handle, `update audit_log set note = 'đã sửa lén' where seq = ${target7.seq}`);
    } else {
      await tamperAsSuperuser(opened, `update audit_log set note = 'đã sửa lén' where seq = ${target7.seq}`);
    }
    await release();

    const run = await runVerify(target());
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toContain(`CHUỖI BỊ PHÁ VỠ tại dòng ${target7.seq}`);
    expect(run.stdout).toContain(`Nội dung dòng ${target7.seq} đã bị sửa`);
    expect(run.stdout).toContain(`Đã kiểm tra 6 dòng hợp lệ`);
  }, CLI_TIMEOUT);

  it.runIf(testDbKind() === 'pglite')('refuses to run on a folder that holds no database', async () => {
    const run = await runVerify({ dir: path.join(tmpdir(), 'kntc-audit-khong-co') });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Không tìm thấy cơ sở dữ liệu nhúng');
  }, CLI_TIMEOUT);
});
