/**
 * `pnpm audit:verify`: walks the audit log's hash chain in the database the server uses
 * (DATABASE_URL, or the embedded PGlite folder) and names the first row that does not hold.
 * Read-only; exit code 0 when the chain is sound, 1 when it is broken, 2 when it could not run.
 *
 *   pnpm audit:verify                       check the whole chain
 *   pnpm audit:verify --anchor 1234:ab12…   also check a head recorded earlier outside the database
 *   pnpm audit:verify --json                one line of JSON for monitoring
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createDb, verifyAuditChain, type DbHandle } from '@kntc/db';
import { parseEnv, pgliteDir } from '../env.js';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values } = parseArgs({
  options: {
    anchor: { type: 'string' },
    batch: { type: 'string', default: '5000' },
    json: { type: 'boolean', default: false },
  },
});

const batchSize = Number(values.batch);
if (!Number.isInteger(batchSize) || batchSize < 1) fail('--batch phải là số nguyên dương.');

let anchor: { seq: number; hash: string } | undefined;
if (values.anchor) {
  const match = /^(\d+):([0-9a-f]{64})$/i.exec(values.anchor);
  if (!match?.[1] || !match[2]) fail('--anchor có dạng <số thứ tự>:<mã băm 64 ký tự hex>, như dòng "Mốc" mà lần kiểm tra trước in ra.');
  anchor = { seq: Number(match[1]), hash: match[2].toLowerCase() };
}

const env = parseEnv();
let handle: DbHandle;
if (env.DATABASE_URL) {
  handle = createDb({ url: env.DATABASE_URL, maxConnections: 1 });
} else {
  const dir = pgliteDir(env);
  if (!dir) fail('PGLITE_DIR=:memory: không có dữ liệu lưu lại để kiểm tra.');
  // Opening a missing folder would create an empty database and report it sound.
  if (!existsSync(dir)) fail(`Không tìm thấy cơ sở dữ liệu nhúng tại ${dir}.`);
  handle = createDb({ dataDir: dir });
}

const count = (n: number) => n.toLocaleString('vi-VN');
const progress = process.stderr.isTTY && !values.json;
try {
  const started = Date.now();
  const result = await verifyAuditChain(handle.db, {
    batchSize,
    anchor,
    onProgress: progress ? (n) => process.stderr.write(`\rĐã kiểm tra ${count(n)} dòng…`) : undefined,
  });
  if (progress) process.stderr.write('\n');
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (values.json) {
    console.log(JSON.stringify({ ok: result.broken === null, ...result, seconds: Number(seconds) }));
  } else if (result.broken) {
    console.log(`CHUỖI BỊ PHÁ VỠ tại dòng ${result.broken.seq}: ${result.broken.message}`);
    console.log(`Đã kiểm tra ${count(result.verified)} dòng hợp lệ trước dòng này (${seconds} giây).`);
  } else {
    console.log(`Chuỗi nhật ký kiểm tra toàn vẹn: đã kiểm tra ${count(result.verified)} dòng (${seconds} giây).`);
    if (result.head) console.log(`Mốc: ${result.head.seq}:${result.head.hash}  (lưu mốc này ngoài cơ sở dữ liệu, rồi kiểm tra lại với --anchor)`);
  }
  process.exitCode = result.broken ? 1 : 0;
} catch (error) {
  console.error(`Không kiểm tra được nhật ký: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
} finally {
  await handle.close();
}
