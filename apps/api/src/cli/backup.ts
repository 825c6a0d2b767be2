/**
 * `pnpm backup --out <folder>`: a consistent backup of the database and the attachments in a new
 * folder under <folder> (see src/backup/backup.ts). Exit 0 on success, 1 when the backup was
 * written but some attachment was already gone from storage, 2 when it could not be made.
 *
 * PostgreSQL (DATABASE_URL set): pg_dump on a snapshot, while the server keeps running.
 * Embedded PGlite: the server must be stopped, as PGlite is one process's database.
 */
import { createBackup } from '../backup/backup.js';
import { count, folderArg } from './folder-arg.js';
import { parseEnv } from '../env.js';
import { vaultKeyLocation } from '../secrets.js';

const usage = 'Cách dùng: pnpm backup --out <thư mục chứa các bản sao lưu>';

const folder = folderArg('out', usage);
const env = parseEnv();
try {
  const { dir, manifest } = await createBackup(env, folder, process.env);
  const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
  console.log(`Đã sao lưu vào ${dir}`);
  console.log(`  Cơ sở dữ liệu: ${manifest.database.kind === 'postgres' ? 'PostgreSQL' : 'PGlite (nhúng)'} ${manifest.database.serverVersion}, ${count(Object.keys(manifest.tables).length)} bảng, ${count(rows)} dòng, ${manifest.migrations.applied} lần cập nhật cấu trúc (${manifest.migrations.latest ?? '—'}).`);
  console.log(`  Tệp đính kèm: ${count(manifest.files.length)} tệp.`);
  if (manifest.auditHead) console.log(`  Mốc nhật ký kiểm tra: ${manifest.auditHead.seq}:${manifest.auditHead.hash}`);
  if (manifest.missingFiles.length > 0) {
    console.log(`CẢNH BÁO: ${manifest.missingFiles.length} tệp đính kèm có trong cơ sở dữ liệu nhưng không còn trong kho lưu trữ (ghi trong manifest.json, mục missingFiles).`);
    process.exitCode = 1;
  }
  console.log('');
  console.log(`LƯU Ý: Khóa kho danh tính (VAULT_KEY) KHÔNG nằm trong bản sao lưu này; khóa đang ở ${vaultKeyLocation(env)}.`);
  console.log('Hãy cất giữ một bản khóa riêng, ngoại tuyến, không để cùng nơi với bản sao lưu: thiếu khóa thì danh tính người tố cáo không bao giờ đọc lại được; lộ khóa cùng bản sao lưu là lộ danh tính.');
  console.log('Khóa mã tra cứu (TRACKING_SECRET) cũng không nằm trong bản sao lưu; cất giữ nó như khóa trên.');
} catch (error) {
  console.error(`Không sao lưu được: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
