import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsFolder, type DbKind } from '@kntc/db';

export const MANIFEST_FILE = 'manifest.json';
/** Blobs keep the storage's own layout (`<aa>/<bb>/<sha256>`) under this folder of a backup. */
export const FILES_FOLDER = 'files';

export type AuditHead = { seq: number; hash: string };

/**
 * What a backup holds and what a restore must find again: the restore checks the dump's and
 * every blob's SHA-256, then the restored row counts and audit head against these figures.
 */
export type Manifest = {
  format: 'kntc-backup';
  formatVersion: 1;
  createdAt: string;
  database: {
    kind: DbKind;
    /** File name inside the backup: a pg_dump custom archive, or PGlite's data folder as .tar.gz. */
    file: string;
    sha256: string;
    size: number;
    serverVersion: string;
    /** What wrote `file` (`pg_dump (PostgreSQL) 15.x`, or `PGlite dumpDataDir`). */
    tool: string;
  };
  /** Migration level: how many migrations the database had applied, and the newest one's tag. */
  migrations: { applied: number; latest: string | null };
  /** Rows per table (`schema.table`), read in the same snapshot as the dump. */
  tables: Record<string, number>;
  /** The audit log's last row: after a restore the chain must verify up to exactly this row. */
  auditHead: AuditHead | null;
  files: { sha256: string; size: number }[];
  /** Blobs the database names but storage no longer had when they were copied (see backup.ts). */
  missingFiles: string[];
};

/** One SQL statement, its rows as plain objects: postgres.js in a snapshot transaction, or PGlite. */
export type Query = (text: string) => Promise<Record<string, unknown>[]>;

export type Inspection = Pick<Manifest, 'migrations' | 'tables' | 'auditHead' | 'files'>;

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function latestMigrationTag(createdAt: string | null): Promise<string | null> {
  if (createdAt === null) return null;
  const journal = JSON.parse(await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as {
    entries: { when: number; tag: string }[];
  };
  return journal.entries.find((entry) => String(entry.when) === createdAt)?.tag ?? null;
}

/**
 * Counts every table, reads the audit head, the migration level and the stored files' list.
 * Numbers are cast to text in SQL so both drivers hand back the same JavaScript values.
 */
export async function inspectDatabase(query: Query): Promise<Inspection> {
  const tables = await query(
    `select table_schema as schema, table_name as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')
      order by 1, 2`,
  );
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const schema = String(table.schema);
    const name = String(table.name);
    const [row] = await query(`select count(*)::text as n from ${quoteIdent(schema)}.${quoteIdent(name)}`);
    counts[`${schema}.${name}`] = Number(row?.n);
  }
  const [head] = counts['public.audit_log'] !== undefined ? await query('select seq::text as seq, hash from audit_log order by seq desc limit 1') : [];
  const [migration] =
    counts['drizzle.__drizzle_migrations'] !== undefined
      ? await query('select count(*)::int as applied, max(created_at)::text as latest from drizzle.__drizzle_migrations')
      : [];
  const files = counts['public.files'] !== undefined ? await query('select sha256, size::text as size from files order by sha256') : [];
  return {
    tables: counts,
    auditHead: head ? { seq: Number(head.seq), hash: String(head.hash) } : null,
    migrations: {
      applied: Number(migration?.applied ?? 0),
      latest: await latestMigrationTag(migration?.latest === undefined || migration.latest === null ? null : String(migration.latest)),
    },
    files: files.map((f) => ({ sha256: String(f.sha256), size: Number(f.size) })),
  };
}

export function sha256OfFile(file: string): Promise<{ sha256: string; size: number }> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    let size = 0;
    createReadStream(file)
      .on('data', (chunk: string | Buffer) => {
        size += chunk.length;
        hash.update(chunk);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), size }));
  });
}

export async function readManifest(dir: string): Promise<Manifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new Error(`Không tìm thấy ${MANIFEST_FILE} trong ${dir}: đây không phải thư mục sao lưu của KNTC, hoặc bản sao lưu chưa hoàn tất.`);
  }
  const manifest = JSON.parse(text) as Manifest;
  if (manifest.format !== 'kntc-backup' || manifest.formatVersion !== 1) {
    throw new Error(`${MANIFEST_FILE} trong ${dir} không phải bản kê sao lưu KNTC (định dạng phiên bản 1).`);
  }
  return manifest;
}
