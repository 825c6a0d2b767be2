/**
 * Migrates the database the environment names and loads reference data, as the server does on
 * start. `--seed` also loads the demo data, which needs the vault key (demo denouncers are
 * sealed like real ones), so it goes through the same secrets loader as the server.
 */
import { createLogger } from '../app.js';
import { openDatabase } from '../database.js';
import { parseEnv } from '../env.js';
import { loadSecrets } from '../secrets.js';

const seed = process.argv.includes('--seed');
const env = parseEnv({ ...process.env, DEMO_SEED: seed ? 'on' : 'off' });
const logger = createLogger(env);
const handle = await openDatabase(env, logger, loadSecrets(env, logger));
await handle.close();
console.log(seed ? 'Đã cập nhật cấu trúc và nạp dữ liệu mẫu.' : 'Đã cập nhật cấu trúc cơ sở dữ liệu.');
