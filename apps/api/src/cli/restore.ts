/**
 * `pnpm restore --from <backup folder>`: restores a backup made by `pnpm backup` into an EMPTY
 * database (DATABASE_URL, or an empty PGLITE_DIR/DATA_DIR), with its attachments into FILES_DIR,
 * then checks hashes, row counts, the audit chain and the vault key. Exit 0 when everything
 * matches, 1 when the restored data differs from the backup, 2 when nothing was restored.
 */
import { restoreBackup, RestoreRefusedError, restoreSucceeded } from '../backup/restore.js';
import { count, folderArg } from './folder-arg.js';
import { filesDir, parseEnv, pgliteDir } from '../env.js';
import { existingVaultKeyring, vaultKeyLocation } from '../secrets.js';

const usage = 'Cách dùng: pnpm restore --from <thư mục sao lưu>  (vào cơ sở dữ liệu trống mà DATABASE_URL hoặc PGLITE_DIR chỉ định)';

const folder = folderArg('from', usage);
const env = parseEnv();
try {
  const check = await restoreBackup(env, folder, process.env, existingVaultKeyring(env));
  const { manifest } = check;
  console.log(`Đã khôi phục bản sao lưu ngày ${manifest.createdAt} vào ${env.DATABASE_URL ? 'cơ sở dữ liệu PostgreSQL' : `cơ sở dữ liệu nhúng ${pgliteDir(env)}`}; tệp đính kèm vào ${filesDir(env)}.`);
  console.log(`  Bảng: ${count(Object.keys(manifest.tables).length)}; số dòng ${check.countMismatches.length === 0 ? 'khớp bản kê' : 'KHÔNG khớp bản kê'}.`);
  for (const m of check.countMismatches) console.log(`    ${m.table}: bản kê ${m.expected ?? 'không có'}, sau khôi phục ${m.actual ?? 'không có'}`);
  console.log(`  Tệp đính kèm: ${count(check.filesRestored)}/${count(manifest.files.length)}, mã băm đã kiểm tra.`);
  console.log(
    check.audit.broken
      ? `  Nhật ký kiểm tra: CHUỖI BỊ PHÁ VỠ tại ${check.audit.broken}`
      : `  Nhật ký kiểm tra: toàn vẹn, ${count(check.audit.verified)} dòng, mốc ${check.audit.head ? `${check.audit.head.seq}:${check.audit.head.hash}` : '—'} khớp bản kê.`,
  );
  const vault = {
    ok: 'Khóa kho danh tính mở được danh tính được bảo vệ.',
    none: 'Không có danh tính được bảo vệ nào để thử khóa.',
    'no-key': `Chưa có khóa kho danh tính (${vaultKeyLocation(env)}): đặt đúng khóa đã dùng khi sao lưu trước khi khởi động máy chủ.`,
    'wrong-key': `KHÓA KHÔNG KHỚP: khóa ở ${vaultKeyLocation(env)} không mở được danh tính được bảo vệ. Hãy dùng đúng khóa đã dùng khi sao lưu.`,
  }[check.vault];
  console.log(`  ${vault}`);
  if (manifest.missingFiles.length > 0) console.log(`  Lưu ý: ${manifest.missingFiles.length} tệp đính kèm đã không còn trong kho khi sao lưu (manifest.json, missingFiles).`);
  process.exitCode = restoreSucceeded(check) ? 0 : 1;
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof RestoreRefusedError ? `Không khôi phục: ${message}` : `Khôi phục thất bại: ${message}`);
  process.exitCode = 2;
}
