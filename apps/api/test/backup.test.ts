import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDb, identityOfPerson, schema, seedDemo, selectRows, verifyAuditChain, vaultKeyring, type DbHandle } from '@kntc/db';
import { createTestDb, testDbKind, testServerUrl, testVaultKeyring } from '@kntc/db/testing';
import { asc, eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, createLogger } from '../src/app.js';
import { assertPgliteClosed, createBackup, type BackupResult } from '../src/backup/backup.js';
import { inspectDatabase } from '../src/backup/manifest.js';
import { restoreBackup, RestoreRefusedError, restoreSucceeded, type RestoreCheck } from '../src/backup/restore.js';
import { openDatabase } from '../src/database.js';
import { parseEnv, type Env } from '../src/env.js';
import { BlobStore } from '../src/storage/blob-store.js';
import { signedInCookie } from './support/auth-http.js';

const kind = testDbKind();
let work: string;
/** Empty PostgreSQL databases this file created on the test server, dropped at the end. */
const createdDatabases: string[] = [];
let admin: postgres.Sql | undefined;

const pdf = Buffer.from(`%PDF-1.4\n% sao lưu ${randomBytes(8).toString('hex')}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const pdfSha256 = createHash('sha256').update(pdf).digest('hex');

/** A target for a restore: a fresh empty database of the same kind and a fresh files folder. */
async function emptyTarget(label: string): Promise<Env> {
  const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'off', DATA_DIR: path.join(work, label), FILES_DIR: path.join(work, label, 'files') };
  if (kind === 'pglite') return parseEnv({ ...base, PGLITE_DIR: path.join(work, label, 'pglite') });
  const serverUrl = testServerUrl();
  if (!serverUrl) throw new Error('postgres project without a server url');
  admin ??= postgres(serverUrl, { max: 1, onnotice: () => {} });
  const name = `kntc_test_${randomBytes(6).toString('hex')}`;
  await admin.unsafe(`create database ${name}`);
  createdDatabases.push(name);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return parseEnv({ ...base, DATABASE_URL: url.toString() });
}

const openTarget = (env: Env): DbHandle => (env.DATABASE_URL ? createDb({ url: env.DATABASE_URL, maxConnections: 2 }) : createDb({ dataDir: env.PGLITE_DIR }));

/** The first 20 letters and every protected person, as stored: what a restore must give back unchanged. */
async function sample(handle: DbHandle) {
  return {
    petitions: await handle.db.select().from(schema.petitions).orderBy(asc(schema.petitions.id)).limit(20),
    protectedPersons: await handle.db.select().from(schema.persons).where(eq(schema.persons.isProtected, true)).orderBy(asc(schema.persons.id)),
    attachments: await handle.db.select().from(schema.attachments).orderBy(asc(schema.attachments.id)),
  };
}

let sourceEnv: Env;
let source: { sample: Awaited<ReturnType<typeof sample>>; tables: Record<string, number>; auditHead: { seq: number; hash: string } | null };
let sourceHandle: DbHandle & { url?: string };
let backup: BackupResult;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kntc-backup-'));
  const base = { NODE_ENV: 'test', LOG_LEVEL: 'silent', DEMO_SEED: 'off', DATA_DIR: path.join(work, 'source'), FILES_DIR: path.join(work, 'source', 'files') };
  if (kind === 'pglite') {
    // On disk, not in memory: the backup reads the folder the way `pnpm backup` does.
    sourceEnv = parseEnv({ ...base, PGLITE_DIR: path.join(work, 'source', 'pglite') });
    sourceHandle = createDb({ dataDir: sourceEnv.PGLITE_DIR });
    await sourceHandle.migrate();
  } else {
    sourceHandle = await createTestDb();
    sourceEnv = parseEnv({ ...base, DATABASE_URL: sourceHandle.url });
  }
  // Demo data seals every denouncer's identity in the vault with the test key.
  await seedDemo(sourceHandle.db, { vault: testVaultKeyring });

  // An attachment uploaded through the real route, which also appends to the audit log.
  const app = await buildApp(sourceHandle, sourceEnv);
  const cookie = await signedInCookie(app, 'tiepdan');
  // A complaint: a denunciation's scans are sealed in the vault on upload (sealed-files.test.ts), and
  // this test compares the stored bytes with the uploaded ones.
  const [petition] = await sourceHandle.db
    .select({ id: schema.petitions.id })
    .from(schema.petitions)
    .where(eq(schema.petitions.kind, 'complaint'))
    .orderBy(asc(schema.petitions.id))
    .limit(1);
  if (!petition) throw new Error('demo petitions missing');
  const form = new FormData();
  form.append('subjectType', 'petition');
  form.append('subjectId', petition.id);
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'bien-ban.pdf');
  const body = new Response(form);
  const uploaded = await app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { cookie, 'content-type': body.headers.get('content-type') ?? '' },
    payload: Buffer.from(await body.arrayBuffer()),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  await app.close();

  const inspection = await inspectDatabase((text) => selectRows(sourceHandle.db, sql.raw(text)));
  source = { sample: await sample(sourceHandle), tables: inspection.tables, auditHead: inspection.auditHead };
  expect(source.auditHead).not.toBeNull();
  expect(source.sample.protectedPersons.length).toBeGreaterThan(0);

  if (kind === 'pglite') {
    // The embedded database must be closed first: a backup of an open one is refused.
    expect(() => assertPgliteClosed(sourceEnv.PGLITE_DIR ?? '')).toThrow(/đang mở/);
    await expect(createBackup(sourceEnv, path.join(work, 'backups'), process.env)).rejects.toThrow(/dừng máy chủ/);
    await sourceHandle.close();
  }
  // PostgreSQL stays open: pg_dump works on a snapshot while the server serves.
  backup = await createBackup(sourceEnv, path.join(work, 'backups'), process.env);
});

afterAll(async () => {
  if (kind === 'postgres') await sourceHandle.close();
  for (const name of createdDatabases) await admin?.unsafe(`drop database if exists ${name} with (force)`);
  await admin?.end();
  if (work) await rm(work, { recursive: true, force: true });
});

describe(`backup and restore (${kind})`, () => {
  it('writes the dump, every attachment and a manifest with the counts and audit head of the same moment, never a key', async () => {
    const names = await readdir(backup.dir);
    expect(names.sort()).toEqual(['database.' + (kind === 'postgres' ? 'dump' : 'tar.gz'), 'files', 'manifest.json'].sort());
    const { manifest } = backup;
    expect(manifest.database.kind).toBe(kind);
    expect(manifest.tables).toEqual(source.tables);
    expect(manifest.auditHead).toEqual(source.auditHead);
    expect(manifest.migrations.applied).toBeGreaterThan(0);
    expect(manifest.migrations.latest).toMatch(/^\d{4}_/);
    expect(manifest.files).toEqual([{ sha256: pdfSha256, size: pdf.length }]);
    expect(manifest.missingFiles).toEqual([]);
    expect(await readFile(new BlobStore(path.join(backup.dir, 'files')).pathOf(pdfSha256))).toEqual(pdf);
    // The key files of a trial installation sit beside the data: none may travel with the backup.
    const everything = await readdir(backup.dir, { recursive: true });
    expect(everything.filter((f) => /secret|\.key$/.test(String(f)))).toEqual([]);
  });

  describe('into an empty database', () => {
    let target: Env;
    let check: RestoreCheck;

    beforeAll(async () => {
      target = await emptyTarget('restored');
      check = await restoreBackup(target, backup.dir, process.env, testVaultKeyring);
    });

    it('gives back every table with the same counts, the same records and the attachment', async () => {
      expect(check.countMismatches).toEqual([]);
      expect(check.filesRestored).toBe(1);
      expect(restoreSucceeded(check)).toBe(true);
      const handle = openTarget(target);
      try {
        const restored = await inspectDatabase((text) => selectRows(handle.db, sql.raw(text)));
        expect(restored.tables).toEqual(source.tables);
        expect(await sample(handle)).toEqual(source.sample);
      } finally {
        await handle.close();
      }
      const blob = await readFile(new BlobStore(target.FILES_DIR ?? '').pathOf(pdfSha256));
      expect(createHash('sha256').update(blob).digest('hex')).toBe(pdfSha256);
    });

    it('keeps the audit chain sound up to the same head, and the vault opens with the same key only', async () => {
      expect(check.audit.broken).toBeNull();
      expect(check.audit.head).toEqual(source.auditHead);
      expect(check.vault).toBe('ok');
      const handle = openTarget(target);
      try {
        const audit = await verifyAuditChain(handle.db);
        expect(audit.broken).toBeNull();
        expect(audit.head).toEqual(source.auditHead);
        const [person] = await handle.db.select().from(schema.persons).where(eq(schema.persons.isProtected, true)).orderBy(asc(schema.persons.id)).limit(1);
        if (!person) throw new Error('no protected person restored');
        const [original] = source.sample.protectedPersons;
        if (!original) throw new Error('no protected person in the source');
        expect(identityOfPerson(testVaultKeyring, person)).toEqual(identityOfPerson(testVaultKeyring, original));
        expect(() => identityOfPerson(vaultKeyring(randomBytes(32)), person)).toThrow();
      } finally {
        await handle.close();
      }
    });

    it('the server starts on the restored database without migrating anything and serves the attachment', async () => {
      const logger = createLogger(target);
      const handle = await openDatabase(target, logger);
      try {
        const after = await inspectDatabase((text) => selectRows(handle.db, sql.raw(text)));
        expect(after.migrations).toEqual(backup.manifest.migrations);
        const app = await buildApp(handle, target, logger);
        try {
          const cookie = await signedInCookie(app, 'tiepdan');
          const [attachment] = source.sample.attachments;
          if (!attachment) throw new Error('no attachment in the source');
          const download = await app.inject({ method: 'GET', url: `/api/files/${attachment.id}`, headers: { cookie } });
          expect(download.statusCode).toBe(200);
          expect(download.rawPayload).toEqual(pdf);
        } finally {
          await app.close();
        }
      } finally {
        await handle.close();
      }
    });

    it('refuses to restore again into it, now that it is not empty, before writing anything', async () => {
      const filesBefore = await readdir(target.FILES_DIR ?? '', { recursive: true });
      const error = await restoreBackup(target, backup.dir, process.env, testVaultKeyring).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RestoreRefusedError);
      expect((error as Error).message).toMatch(/không trống/);
      expect(await readdir(target.FILES_DIR ?? '', { recursive: true })).toEqual(filesBefore);
    });
  });

  it.runIf(kind === 'postgres')('without pg_dump, says to install postgresql-client and leaves no half-written folder', async () => {
    const out = path.join(work, 'no-tools');
    await expect(createBackup(sourceEnv, out, { PATH: path.join(work, 'no-such-bin') })).rejects.toThrow(/postgresql-client/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });

  it.runIf(kind === 'postgres')('while users keep writing, the dump and the manifest describe the same moment', async () => {
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await sourceHandle.db.insert(schema.agencies).values({ code: `BK-${written}`, name: `Cơ quan thử ${written}`, shortName: 'CQ', province: 'Kon Tum', documentPlace: 'Kon Tum' });
        written += 1;
      }
    })();
    const during = await createBackup(sourceEnv, path.join(work, 'during'), process.env).finally(() => (writing = false));
    await writer;
    expect(written).toBeGreaterThan(0);
    const [after] = await selectRows<{ n: string }>(sourceHandle.db, sql`select count(*)::text as n from agencies`);
    // Rows committed after the snapshot are in neither the dump nor the manifest's counts.
    expect(during.manifest.tables['public.agencies']).toBeLessThan(Number(after?.n));
    const target = await emptyTarget('during-target');
    const check = await restoreBackup(target, during.dir, process.env, testVaultKeyring);
    expect(check.countMismatches).toEqual([]);
    expect(restoreSucceeded(check)).toBe(true);
  });

  it('refuses a backup whose attachment was altered, leaving the target database empty', async () => {
    const copy = path.join(work, 'tampered');
    await rm(copy, { recursive: true, force: true });
    const { cp } = await import('node:fs/promises');
    await cp(backup.dir, copy, { recursive: true });
    await writeFile(new BlobStore(path.join(copy, 'files')).pathOf(pdfSha256), Buffer.concat([pdf, Buffer.from('x')]));
    const target = await emptyTarget('tampered-target');
    await expect(restoreBackup(target, copy, process.env)).rejects.toThrow(/bị hỏng/);
    if (kind === 'pglite') expect(existsSync(target.PGLITE_DIR ?? '')).toBe(false);
    else {
      const handle = openTarget(target);
      try {
        expect(await selectRows(handle.db, sql`select 1 from information_schema.tables where table_schema = 'public'`)).toEqual([]);
      } finally {
        await handle.close();
      }
    }
  });
});
