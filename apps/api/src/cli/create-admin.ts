/**
 * Creates the first system administrator of a real installation, asking for the
 * password on the terminal (never as an argument, so it stays out of shell history).
 */
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';
import { hashPassword, schema, ensureReferenceData } from '@kntc/db';
import { passwordProblem } from '@kntc/domain';
import { eq } from 'drizzle-orm';
import { openDatabase } from '../database.js';
import { parseEnv } from '../env.js';
import { createLogger } from '../app.js';

const env = parseEnv({ ...process.env, DEMO_SEED: 'off' });
const logger = createLogger({ ...env, LOG_LEVEL: 'warn' });

let muted = false;
const output = new Writable({
  write(chunk, _encoding, callback) {
    if (!muted) process.stdout.write(chunk);
    callback();
  },
});
const rl = createInterface({ input: process.stdin, output, terminal: true });

async function ask(question: string, secret = false): Promise<string> {
  process.stdout.write(question);
  muted = secret;
  const answer = await rl.question('');
  muted = false;
  if (secret) process.stdout.write('\n');
  return answer.trim();
}

const handle = await openDatabase(env, logger);
try {
  await ensureReferenceData(handle.db);
  let [agency] = await handle.db.select().from(schema.agencies).limit(1);
  if (!agency) {
    const name = await ask('Tên cơ quan (ví dụ: Sở Nội vụ tỉnh Quảng Ngãi): ');
    const province = await ask('Tỉnh: ');
    [agency] = await handle.db
      .insert(schema.agencies)
      .values({ code: 'AGENCY', name, shortName: name, province, documentPlace: province })
      .returning();
  }
  if (!agency) throw new Error('no agency');
  const username = (await ask('Tên đăng nhập của quản trị viên: ')).toLowerCase();
  const fullName = await ask('Họ và tên: ');
  const password = await ask('Mật khẩu (ít nhất 12 ký tự): ', true);
  const problem = passwordProblem(password, { username });
  if (problem) throw new Error(problem);
  if ((await ask('Nhập lại mật khẩu: ', true)) !== password) throw new Error('Hai lần nhập mật khẩu không khớp.');
  const existing = await handle.db.select({ id: schema.users.id }).from(schema.users).where(eq(schema.users.username, username));
  if (existing.length > 0) throw new Error(`Tên đăng nhập "${username}" đã tồn tại.`);
  await handle.db.insert(schema.users).values({
    agencyId: agency.id,
    username,
    fullName,
    position: 'Quản trị hệ thống',
    roleCode: 'sysadmin',
    passwordHash: await hashPassword(password),
  });
  console.log(`Đã tạo quản trị viên "${username}" cho ${agency.name}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rl.close();
  await handle.close();
}
