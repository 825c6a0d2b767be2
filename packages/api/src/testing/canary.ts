import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { openSealedDocument, selectRows, type DbHandle, type VaultKeyring } from '@kntc/db';
import { testServerUrl } from '@kntc/db/testing';
import { foldVietnamese } from '@kntc/domain';
import { readDocx } from '@kntc/documents/testing';
import { sql } from 'drizzle-orm';

/**
 * A denouncer nobody else could be: random letters and digits in every identifying field, so
 * finding any of them anywhere (a column, a response, a log line) can only be a leak.
 */
export function makeCanary(label = 'Canary') {
  const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + randomInt(26))).join('');
  const digits = (n: number) => Array.from({ length: n }, () => String(randomInt(10))).join('');
  const tag = letters(10);
  const street = letters(9);
  const identity = {
    fullName: `${label} Nguyễn Thị Ẩn ${tag.charAt(0).toUpperCase()}${tag.slice(1)}`,
    address: `Ngõ Bí Mật ${street}, phường Quyết Thắng, tỉnh Kon Tum`,
    idNumber: `0${digits(11)}`,
    phone: `09${digits(8)}`,
    email: `${letters(8)}.${tag}@example.vn`,
  };
  /** What a leak would look like: exact spellings, folded ones, and the random parts alone. */
  const needles = [
    identity.fullName,
    foldVietnamese(identity.fullName),
    identity.fullName.toLocaleUpperCase('vi'),
    tag,
    street,
    identity.address,
    foldVietnamese(identity.address),
    identity.idNumber,
    identity.phone,
    identity.email,
  ];
  return { identity, needles };
}
export type Canary = ReturnType<typeof makeCanary>;

/** The needles found in a text, case-insensitively; also as hex, for bytea rendered by PostgreSQL. */
export function needlesIn(text: string, needles: readonly string[]): string[] {
  const haystack = text.normalize('NFC').toLowerCase();
  return needles.filter((n) => {
    const needle = n.normalize('NFC');
    const forms = [needle.toLowerCase(), Buffer.from(needle, 'utf8').toString('hex'), Buffer.from(needle.toLowerCase(), 'utf8').toString('hex')];
    return forms.some((form) => haystack.includes(form));
  });
}

export type Finding = { where: string; needles: string[] };

/**
 * Every row of every table in the database, as text, searched for the needles. Rendered
 * documents are .docx (zip-compressed), so they are also unpacked; sealed ones are opened with the
 * vault to prove they hold the canary and are therefore the vault's, not a leak.
 */
export async function scanDatabase(handle: DbHandle, needles: readonly string[], vault: VaultKeyring): Promise<{ findings: Finding[]; tables: number; sealedDocumentsWithCanary: number }> {
  const tables = await selectRows<{ table_name: string }>(
    handle.db,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const findings: Finding[] = [];
  for (const { table_name: table } of tables) {
    const rows = await selectRows<{ row: string }>(handle.db, sql`select t::text as row from ${sql.identifier(table)} t`);
    for (const { row } of rows) {
      const found = needlesIn(row, needles);
      if (found.length > 0) findings.push({ where: `${table}: ${row.slice(0, 200)}`, needles: found });
    }
  }
  let sealedDocumentsWithCanary = 0;
  const docs = await selectRows<{ id: string; content: Buffer | Uint8Array | string; is_sealed: boolean }>(handle.db, sql`select id, content, is_sealed from documents`);
  for (const doc of docs) {
    const content = Buffer.isBuffer(doc.content) ? doc.content : Buffer.from(doc.content as Uint8Array);
    if (doc.is_sealed) {
      const opened = await readDocx(openSealedDocument(vault, { id: doc.id, content, isSealed: true }));
      if (needlesIn(opened.text, needles).length > 0) sealedDocumentsWithCanary++;
      continue;
    }
    const { text } = await readDocx(content);
    const found = needlesIn(text, needles);
    if (found.length > 0) findings.push({ where: `documents ${doc.id} (.docx text)`, needles: found });
  }
  return { findings, tables: tables.length, sealedDocumentsWithCanary };
}

const pgDumpBinary = ['/usr/lib/postgresql/15/bin/pg_dump', '/usr/bin/pg_dump'].find((p) => existsSync(p));

/** `pg_dump --data-only` of the test database searched for the needles; null where it cannot run. */
export async function scanPgDump(handle: DbHandle, needles: readonly string[]): Promise<{ findings: Finding[]; bytes: number } | null> {
  const server = testServerUrl();
  if (handle.kind !== 'postgres' || !server || !pgDumpBinary) return null;
  const [db] = await selectRows<{ name: string }>(handle.db, sql`select current_database() as name`);
  const url = new URL(server);
  url.pathname = `/${db?.name ?? ''}`;
  const { stdout } = await promisify(execFile)(pgDumpBinary, ['--data-only', '--no-owner', url.toString()], { maxBuffer: 512 * 1024 * 1024 });
  const findings = stdout
    .split('\n')
    .map((line) => ({ line, found: needlesIn(line, needles) }))
    .filter((l) => l.found.length > 0)
    .map((l) => ({ where: `pg_dump: ${l.line.slice(0, 200)}`, needles: l.found }));
  return { findings, bytes: stdout.length };
}
