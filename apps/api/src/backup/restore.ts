/**
 * Restores a backup made by createBackup into an empty database of the same kind, then checks
 * it against the manifest: every blob's hash, every table's row count and the audit chain up to
 * the recorded head.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { createDb, identityOfPerson, schema, selectRows, verifyAuditChain, type DbHandle, type VaultKeyring } from '@kntc/db';
import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { filesDir, pgliteDir, type Env } from '../env.js';
import { BlobStore } from '../storage/blob-store.js';
import { adminDatabaseUrl, copyBlob } from './backup.js';
import { FILES_FOLDER, inspectDatabase, readManifest, sha256OfFile, type Manifest } from './manifest.js';
import { runPgTool, type ChildEnv } from './pg-tools.js';

export class RestoreRefusedError extends Error {}

export type RestoreCheck = {
  manifest: Manifest;
  /** Tables whose restored row count differs from the manifest's (empty when all match). */
  countMismatches: { table: string; expected: number | undefined; actual: number | undefined }[];
  audit: { verified: number; head: { seq: number; hash: string } | null; broken: string | null };
  filesRestored: number;
  /** 'ok': a sealed identity opened with the key; 'no-key': no key configured; 'wrong-key'; 'none': nothing sealed. */
  vault: 'ok' | 'no-key' | 'wrong-key' | 'none';
};

export const restoreSucceeded = (check: RestoreCheck) => check.countMismatches.length === 0 && check.audit.broken === null && check.vault !== 'wrong-key';

/** Tables outside PostgreSQL's own schemas: an empty database has none. */
async function userTableCount(url: string): Promise<number> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await client<{ n: number }[]>`
      select count(*)::int as n from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'`;
    return row?.n ?? 0;
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function restoreBackup(env: Env, from: string, childEnv: ChildEnv, vault?: VaultKeyring): Promise<RestoreCheck> {
  const manifest = await readManifest(from);
  const url = adminDatabaseUrl(env);
  const targetKind = url ? 'postgres' : 'pglite';
  if (manifest.database.kind !== targetKind) {
    throw new RestoreRefusedError(
      manifest.database.kind === 'postgres'
        ? 'Bản sao lưu này của PostgreSQL: hãy đặt DATABASE_URL trỏ tới một cơ sở dữ liệu PostgreSQL trống rồi chạy lại.'
        : 'Bản sao lưu này của cơ sở dữ liệu nhúng (PGlite): hãy bỏ DATABASE_URL và chỉ định PGLITE_DIR (hoặc DATA_DIR) là một thư mục trống.',
    );
  }

  // Refuse before anything is written: a restore never merges into or overwrites live data.
  const dataDir = url ? undefined : pgliteDir(env);
  if (url) {
    const tables = await userTableCount(url);
    if (tables > 0) {
      throw new RestoreRefusedError(
        `Cơ sở dữ liệu đích không trống (có ${tables} bảng). Chỉ khôi phục vào một cơ sở dữ liệu trống: tạo cơ sở dữ liệu mới (CREATE DATABASE …) và đặt DATABASE_URL trỏ tới nó.`,
      );
    }
  } else {
    if (!dataDir) throw new RestoreRefusedError('PGLITE_DIR=:memory: không giữ lại dữ liệu khôi phục: hãy chỉ định một thư mục.');
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new RestoreRefusedError(`Thư mục cơ sở dữ liệu nhúng ${dataDir} không trống. Chỉ khôi phục vào một thư mục trống hoặc chưa tồn tại (đặt PGLITE_DIR hoặc DATA_DIR khác).`);
    }
  }

  const dumpFile = path.join(from, manifest.database.file);
  const dumped = await sha256OfFile(dumpFile).catch(() => null);
  if (!dumped) throw new RestoreRefusedError(`Thiếu tệp ${manifest.database.file} trong bản sao lưu.`);
  if (dumped.sha256 !== manifest.database.sha256) {
    throw new RestoreRefusedError(`Tệp ${manifest.database.file} đã bị thay đổi hoặc hỏng (mã băm không khớp bản kê). Không khôi phục từ bản sao lưu này.`);
  }

  // Files first: a damaged blob stops the restore before the database is touched, and blobs
  // that end up unused after a failure are harmless (content-addressed, named by no row).
  const source = new BlobStore(path.join(from, FILES_FOLDER));
  const target = new BlobStore(filesDir(env));
  for (const file of manifest.files) {
    const copied = await copyBlob(source, target, file.sha256);
    if (!copied.ok) {
      throw new RestoreRefusedError(
        copied.reason === 'missing' ? `Bản sao lưu thiếu tệp đính kèm ${file.sha256}.` : `Tệp đính kèm ${file.sha256} trong bản sao lưu bị hỏng (mã băm không khớp).`,
      );
    }
  }

  if (url) {
    // One transaction: a failed restore leaves the target empty, so it can simply be run again.
    await runPgTool('pg_restore', ['--no-owner', '--exit-on-error', '--single-transaction', dumpFile], url, childEnv).catch((error: unknown) => {
      throw new Error(
        `Khôi phục cơ sở dữ liệu thất bại, cơ sở dữ liệu đích vẫn trống. Nếu lỗi nói về một vai trò (role) chưa có, hãy tạo các vai trò như hướng dẫn trong README rồi chạy lại.\n${error instanceof Error ? error.message : String(error)}`,
      );
    });
  } else if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    try {
      const pg = new PGlite({ dataDir, loadDataDir: new Blob([await readFile(dumpFile)]), extensions: { pg_trgm } });
      await pg.waitReady;
      await pg.close();
    } catch (error) {
      // The folder was empty before: emptying it again lets the restore simply be run again.
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  const handle = url ? createDb({ url, maxConnections: 1 }) : createDb({ dataDir });
  try {
    return await checkRestored(handle, manifest, target, vault);
  } finally {
    await handle.close();
  }
}

async function checkRestored(handle: DbHandle, manifest: Manifest, files: BlobStore, vault: VaultKeyring | undefined): Promise<RestoreCheck> {
  const restored = await inspectDatabase((text) => selectRows(handle.db, sql.raw(text)));
  const tables = new Set([...Object.keys(manifest.tables), ...Object.keys(restored.tables)]);
  const countMismatches = [...tables]
    .filter((table) => manifest.tables[table] !== restored.tables[table])
    .map((table) => ({ table, expected: manifest.tables[table], actual: restored.tables[table] }));

  // The chain must verify, and its head must be exactly the row the backup recorded.
  const audit = await verifyAuditChain(handle.db, manifest.auditHead ? { anchor: manifest.auditHead } : {});
  const headMatches = manifest.auditHead === null ? audit.head === null : audit.head?.seq === manifest.auditHead.seq && audit.head.hash === manifest.auditHead.hash;
  const broken = audit.broken ? `dòng ${audit.broken.seq}: ${audit.broken.message}` : headMatches ? null : 'dòng cuối của nhật ký khác với dòng cuối ghi trong bản kê';

  let filesRestored = 0;
  for (const file of manifest.files) if (await files.has(file.sha256)) filesRestored += 1;

  return { manifest, countMismatches, audit: { verified: audit.verified, head: audit.head, broken }, filesRestored, vault: await checkVault(handle, vault) };
}

/** Opens one sealed identity: a restore with the wrong key would look fine until someone needs it. */
async function checkVault(handle: DbHandle, vault: VaultKeyring | undefined): Promise<RestoreCheck['vault']> {
  const [sealed] = await handle.db.select().from(schema.persons).where(eq(schema.persons.isProtected, true)).limit(1);
  if (!sealed) return 'none';
  if (!vault) return 'no-key';
  try {
    identityOfPerson(vault, sealed);
    return 'ok';
  } catch {
    return 'wrong-key';
  }
}
