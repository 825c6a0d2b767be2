/**
 * A consistent backup of the database and the attachments, as one folder:
 *
 *   kntc-<kind>-<YYYYMMDD-HHMMSS>/
 *     manifest.json        what is inside, with SHA-256 of every file (manifest.ts)
 *     database.dump        PostgreSQL: pg_dump --format=custom
 *     database.tar.gz      PGlite: the data folder, as PGlite itself exports it
 *     files/aa/bb/<sha256> the attachments, in the storage's own layout
 *
 * Never the vault key or the tracking key: they live outside the database and its backups.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { chmod, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import postgres from 'postgres';
import { filesDir, pgliteDir, type Env } from '../env.js';
import { BlobStore } from '../storage/blob-store.js';
import { FILES_FOLDER, inspectDatabase, MANIFEST_FILE, sha256OfFile, type Inspection, type Manifest, type Query } from './manifest.js';
import { pgToolVersion, runPgTool, type ChildEnv } from './pg-tools.js';

export const PG_DUMP_FILE = 'database.dump';
export const PGLITE_DUMP_FILE = 'database.tar.gz';

/** The database a backup or restore works on: the owner's URL when the server runs as an application role. */
export const adminDatabaseUrl = (env: Env) => env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;

export type BackupResult = { dir: string; manifest: Manifest };

/** PGlite keeps postmaster.pid in its folder while open, and removes it on a clean close. */
export const pgliteOpenMarker = (dir: string) => path.join(dir, 'postmaster.pid');

/**
 * PGlite is one process's database: another process opening the same folder would read pages
 * the server is writing. A backup of the embedded database therefore needs the server stopped.
 */
export function assertPgliteClosed(dir: string): void {
  if (existsSync(pgliteOpenMarker(dir))) {
    throw new Error(
      `Cơ sở dữ liệu nhúng tại ${dir} đang mở: hãy dừng máy chủ (pnpm start) rồi chạy lại. ` +
        'Nếu máy chủ đã dừng mà vẫn gặp thông báo này (máy chủ bị tắt đột ngột), hãy chạy pnpm db:migrate một lần để cơ sở dữ liệu được đóng đúng cách.',
    );
  }
}

const stamp = (d: Date) => d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');

export async function createBackup(env: Env, outDir: string, childEnv: ChildEnv, now = new Date()): Promise<BackupResult> {
  const url = adminDatabaseUrl(env);
  const kind = url ? 'postgres' : 'pglite';
  const name = `kntc-${kind}-${stamp(now)}`;
  const finalDir = path.resolve(outDir, name);
  // Written under a temporary name and renamed at the end, so an interrupted backup (a full disk,
  // a killed cron job) is never mistaken for a complete one.
  const workDir = `${finalDir}.partial`;
  if (existsSync(finalDir)) throw new Error(`Thư mục ${finalDir} đã tồn tại.`);
  await rm(workDir, { recursive: true, force: true });
  // Personal data: readable by the operator's account only.
  await mkdir(workDir, { recursive: true, mode: 0o700 });
  await chmod(workDir, 0o700);
  try {
    const database = url ? await dumpPostgres(url, workDir, childEnv) : await dumpPglite(env, workDir);
    // Blobs are copied after the database is dumped. An upload puts its blob in place before
    // the transaction that records it commits, and a blob is removed only after the row that
    // used it is gone, so every blob the dump names was on disk when the dump was taken; copying
    // afterwards finds all of them, except one destroyed (retention) in between, which is listed
    // in missingFiles. Blobs uploaded after the snapshot are not copied: nothing restored names them.
    const { files, missingFiles } = await copyBlobs(new BlobStore(filesDir(env)), new BlobStore(path.join(workDir, FILES_FOLDER)), database.inspection.files);
    const manifest: Manifest = {
      format: 'kntc-backup',
      formatVersion: 1,
      createdAt: now.toISOString(),
      database: database.file,
      migrations: database.inspection.migrations,
      tables: database.inspection.tables,
      auditHead: database.inspection.auditHead,
      files,
      missingFiles,
    };
    await writeFile(path.join(workDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    await rename(workDir, finalDir);
    return { dir: finalDir, manifest };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}

type DumpedDatabase = { file: Manifest['database']; inspection: Inspection };

/**
 * pg_dump runs on a snapshot exported by a repeatable-read transaction that stays open until it
 * is done, and the row counts, audit head and file list are read in that same transaction: the
 * manifest describes exactly the state in the dump, while the server keeps serving.
 */
async function dumpPostgres(url: string, dir: string, childEnv: ChildEnv): Promise<DumpedDatabase> {
  const tool = await pgToolVersion('pg_dump', childEnv);
  const client = postgres(url, { max: 1, onnotice: () => {} });
  const target = path.join(dir, PG_DUMP_FILE);
  try {
    const { inspection, serverVersion } = await client.begin('isolation level repeatable read read only', async (tx) => {
      const query: Query = (text) => tx.unsafe(text) as Promise<Record<string, unknown>[]>;
      const [exported] = await query('select pg_export_snapshot() as snapshot, current_setting(\'server_version\') as version');
      if (!exported) throw new Error('pg_export_snapshot returned nothing');
      await runPgTool('pg_dump', ['--format=custom', `--snapshot=${String(exported.snapshot)}`, `--file=${target}`], url, childEnv);
      return { inspection: await inspectDatabase(query), serverVersion: String(exported.version) };
    });
    await chmod(target, 0o600);
    const { sha256, size } = await sha256OfFile(target);
    return { file: { kind: 'postgres', file: PG_DUMP_FILE, sha256, size, serverVersion, tool }, inspection };
  } finally {
    await client.end({ timeout: 5 });
  }
}

async function dumpPglite(env: Env, dir: string): Promise<DumpedDatabase> {
  const dataDir = pgliteDir(env);
  if (!dataDir) throw new Error('PGLITE_DIR=:memory: không lưu dữ liệu nào để sao lưu.');
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) throw new Error(`Không tìm thấy cơ sở dữ liệu nhúng tại ${dataDir}.`);
  assertPgliteClosed(dataDir);
  const pg = new PGlite({ dataDir, extensions: { pg_trgm } });
  try {
    const query: Query = async (text) => (await pg.query<Record<string, unknown>>(text)).rows;
    const inspection = await inspectDatabase(query);
    const [version] = await query("select current_setting('server_version') as version");
    // A checkpoint first, so the exported folder needs no WAL replay when it is opened again.
    await pg.exec('checkpoint');
    const tarball = await pg.dumpDataDir('gzip');
    const target = path.join(dir, PGLITE_DUMP_FILE);
    await writeFile(target, Buffer.from(await tarball.arrayBuffer()), { mode: 0o600 });
    const { sha256, size } = await sha256OfFile(target);
    return { file: { kind: 'pglite', file: PGLITE_DUMP_FILE, sha256, size, serverVersion: String(version?.version), tool: 'PGlite dumpDataDir' }, inspection };
  } finally {
    await pg.close();
  }
}

/**
 * Copies one blob, hashing it on the way; the copy lands under a temporary name and is renamed
 * only once its hash matches its content address.
 */
export async function copyBlob(from: BlobStore, to: BlobStore, sha256: string): Promise<{ ok: true; size: number } | { ok: false; reason: 'missing' | 'damaged' }> {
  const source = from.pathOf(sha256);
  if (!existsSync(source)) return { ok: false, reason: 'missing' };
  const target = to.pathOf(sha256);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const temp = `${target}.part`;
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      size += chunk.length;
      hash.update(chunk);
      callback(null, chunk);
    },
  });
  await pipeline(createReadStream(source), meter, createWriteStream(temp, { mode: 0o600, flush: true }));
  if (hash.digest('hex') !== sha256) {
    await rm(temp, { force: true });
    return { ok: false, reason: 'damaged' };
  }
  await rename(temp, target);
  return { ok: true, size };
}

async function copyBlobs(from: BlobStore, to: BlobStore, named: Inspection['files']) {
  const files: Manifest['files'] = [];
  const missingFiles: string[] = [];
  const damaged: string[] = [];
  for (const { sha256 } of named) {
    const copied = await copyBlob(from, to, sha256);
    if (copied.ok) files.push({ sha256, size: copied.size });
    else if (copied.reason === 'missing') missingFiles.push(sha256);
    else damaged.push(sha256);
  }
  if (damaged.length > 0) {
    // A blob whose content no longer matches its name was altered on disk: the backup must not
    // carry it silently as if it were the uploaded file.
    throw new Error(`Tệp đính kèm bị hỏng trong kho lưu trữ (nội dung không khớp mã băm): ${damaged.join(', ')}. Hãy khôi phục các tệp này từ bản sao lưu trước rồi sao lưu lại.`);
  }
  return { files, missingFiles };
}
