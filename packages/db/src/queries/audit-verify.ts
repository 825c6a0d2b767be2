import { asc, gt } from 'drizzle-orm';
import type { Db } from '../client.js';
import { auditLog } from '../schema/audit.js';
import { AUDIT_GENESIS_HASH, auditRowHash } from './audit-hash.js';

export type AuditBreakReason = 'content' | 'link' | 'anchor';

/** The first row where the chain does not hold, and why, in words an operator can act on. */
export type AuditBreak = { seq: number; reason: AuditBreakReason; message: string };

export type AuditVerification = {
  /** Rows checked and found sound, in seq order, before the first break (all of them if none). */
  verified: number;
  /** The last sound row: record it outside the database to detect later removal of the tail. */
  head: { seq: number; hash: string } | null;
  broken: AuditBreak | null;
};

export type VerifyOptions = {
  batchSize?: number;
  /** A head recorded earlier (seq and hash): that row must still be there, unchanged. */
  anchor?: { seq: number; hash: string };
  onProgress?: (verified: number) => void;
};

/**
 * Walks the chain in seq order, a batch at a time so millions of rows never sit in memory, and
 * stops at the first row whose link to its predecessor or whose own hash does not hold.
 */
export async function verifyAuditChain(db: Db, options: VerifyOptions = {}): Promise<AuditVerification> {
  const batchSize = options.batchSize ?? 5_000;
  const anchor = options.anchor;
  let previous: { seq: number; hash: string } | null = null;
  let verified = 0;
  let anchorSeen = false;
  const result = (broken: AuditBreak | null): AuditVerification => ({ verified, head: previous, broken });

  for (;;) {
    const rows = await db
      .select()
      .from(auditLog)
      .where(previous ? gt(auditLog.seq, previous.seq) : undefined)
      .orderBy(asc(auditLog.seq))
      .limit(batchSize);
    for (const row of rows) {
      const expectedPrev: string = previous?.hash ?? AUDIT_GENESIS_HASH;
      if (row.prevHash !== expectedPrev) {
        return result({
          seq: row.seq,
          reason: 'link',
          message: previous
            ? `Dòng ${row.seq} không nối tiếp dòng ${previous.seq}: dòng ${previous.seq} đã bị sửa, hoặc có dòng bị xoá hay chèn vào giữa hai dòng này.`
            : `Dòng đầu tiên còn lại (${row.seq}) không phải là điểm khởi đầu của chuỗi: các dòng trước nó đã bị xoá, hoặc dòng này đã bị sửa.`,
        });
      }
      if (auditRowHash(row) !== row.hash) {
        return result({ seq: row.seq, reason: 'content', message: `Nội dung dòng ${row.seq} đã bị sửa: mã băm của dòng không khớp với dữ liệu.` });
      }
      if (anchor && row.seq === anchor.seq) {
        anchorSeen = true;
        if (row.hash !== anchor.hash) {
          return result({ seq: row.seq, reason: 'anchor', message: `Dòng ${row.seq} khác với mã băm đã lưu bên ngoài: chuỗi từ dòng này trở về trước đã bị viết lại.` });
        }
      }
      previous = { seq: row.seq, hash: row.hash };
      verified += 1;
    }
    options.onProgress?.(verified);
    if (rows.length < batchSize) break;
  }

  if (anchor && !anchorSeen) {
    return result({
      seq: anchor.seq,
      reason: 'anchor',
      message: `Không còn dòng ${anchor.seq} đã được lưu mốc bên ngoài: dòng này hoặc các dòng cuối chuỗi đã bị xoá.`,
    });
  }
  return result(null);
}
