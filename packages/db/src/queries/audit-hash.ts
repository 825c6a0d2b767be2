import { createHash } from 'node:crypto';

/** The prev_hash of the first row: there is nothing before it. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

/**
 * Names the serialisation format inside every hash, so a future format can be told apart from
 * this one instead of silently failing verification.
 */
const FORMAT = 'kntc-audit-v1';

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The columns a row's hash covers: every column except the hash itself. */
export type AuditHashed = {
  seq: number;
  at: Date;
  agencyId: string | null;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  beforeDigest: string | null;
  afterDigest: string | null;
  requestId: string | null;
  ipAddress: string | null;
  note: string | null;
  prevHash: string;
};

/**
 * sha256 over a JSON array in a fixed column order: unambiguous (strings are quoted and escaped,
 * null stays null) and independent of object key order or driver.
 */
export function auditRowHash(row: AuditHashed): string {
  return sha256Hex(
    JSON.stringify([
      FORMAT,
      row.prevHash,
      String(row.seq),
      row.at.toISOString(),
      row.agencyId,
      row.actorId,
      row.actorRole,
      row.action,
      row.entity,
      row.entityId,
      row.beforeDigest,
      row.afterDigest,
      row.requestId,
      row.ipAddress,
      row.note,
    ]),
  );
}

/** JSON with object keys sorted at every level, dates as ISO strings and bytes as base64. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalValue(value));
}

function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return value.toString();
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonicalValue(v)]));
  }
  return value;
}

/**
 * The digest of a record's state: the auditor can prove which version a row had without the log
 * holding its content. The row's id and timestamps make it unguessable from the content alone.
 */
export const recordDigest = (record: unknown): string | null =>
  record === null || record === undefined ? null : sha256Hex(canonicalJson(record));
