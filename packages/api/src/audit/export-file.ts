import { PassThrough } from 'node:stream';
import { auditActionLabel, auditEntityLabels, roleLabels, type RoleCode } from '@kntc/domain';
import type { AuditListItem } from '@kntc/db';
import ExcelJS from 'exceljs';

type Column = { header: string; width: number; value: (row: AuditListItem) => string | number };

const vietnamTime = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

const roleLabel = (role: string | null) => (role ? (roleLabels[role as RoleCode] ?? role) : '');

/** The columns of an export, in the order an auditor reads them; hashes last, for re-verification. */
const columns: Column[] = [
  { header: 'Số thứ tự', width: 10, value: (r) => r.seq },
  { header: 'Thời điểm (giờ Việt Nam)', width: 22, value: (r) => vietnamTime.format(r.at) },
  { header: 'Cán bộ thực hiện', width: 26, value: (r) => r.actorName ?? '' },
  { header: 'Tên đăng nhập', width: 16, value: (r) => r.actorUsername ?? '' },
  { header: 'Vai trò', width: 24, value: (r) => roleLabel(r.actorRole) },
  { header: 'Thao tác', width: 30, value: (r) => auditActionLabel(r.action) },
  { header: 'Mã thao tác', width: 26, value: (r) => r.action },
  { header: 'Loại hồ sơ', width: 20, value: (r) => (r.entity ? (auditEntityLabels[r.entity] ?? r.entity) : '') },
  { header: 'Mã hồ sơ', width: 38, value: (r) => r.entityId ?? '' },
  { header: 'Ghi chú', width: 40, value: (r) => r.note ?? '' },
  { header: 'Địa chỉ IP', width: 16, value: (r) => r.ipAddress ?? '' },
  { header: 'Mã yêu cầu', width: 16, value: (r) => r.requestId ?? '' },
  { header: 'Mã băm trước khi ghi', width: 66, value: (r) => r.beforeDigest ?? '' },
  { header: 'Mã băm sau khi ghi', width: 66, value: (r) => r.afterDigest ?? '' },
  { header: 'Mã băm dòng trước', width: 66, value: (r) => r.prevHash },
  { header: 'Mã băm dòng', width: 66, value: (r) => r.hash },
];

/** A streaming workbook: rows are written and flushed as they come, so memory stays flat. */
export async function auditWorkbook(batches: AsyncIterable<AuditListItem[]>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('Nhật ký kiểm tra', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const batch of batches) {
    for (const row of batch) sheet.addRow(columns.map((c) => c.value(row))).commit();
  }
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

/**
 * A cell a spreadsheet would take for a formula (=, +, -, @, tab, CR) is prefixed with an
 * apostrophe: a note must never run as a formula on the auditor's computer (CSV injection).
 */
const csvCell = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** UTF-8 with a byte-order mark, so Excel shows the Vietnamese headers with their diacritics. */
export async function auditCsv(batches: AsyncIterable<AuditListItem[]>): Promise<Buffer> {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for await (const batch of batches) {
    for (const row of batch) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
