import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import type { Env } from './env.js';

export type Secrets = { tracking: Buffer };

function decode(name: string, value: string): Buffer {
  const key = /^[0-9a-f]+$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length < 32) throw new Error(`${name} must be at least 32 bytes (64 hex characters or 44 base64 characters).`);
  return key;
}

/**
 * Keys that must never sit in the database. In production on a real database they come from the
 * environment; the embedded trial installation generates them once into DATA_DIR and says so.
 */
export function loadSecrets(env: Env, log: Logger): Secrets {
  if (env.TRACKING_SECRET) return { tracking: decode('TRACKING_SECRET', env.TRACKING_SECRET) };
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new Error('TRACKING_SECRET is required in production: generate one with `openssl rand -hex 32` and keep it outside the database and its backups.');
  }
  if (env.PGLITE_DIR === ':memory:' || env.NODE_ENV === 'test') return { tracking: randomBytes(32) };
  const dir = path.join(env.DATA_DIR, 'secrets');
  const file = path.join(dir, 'tracking.key');
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    chmodSync(file, 0o600);
    log.warn({ file }, 'Generated the tracking-code key for this trial installation. Back it up apart from the database: without it, printed tracking codes stop working.');
  }
  return { tracking: decode(file, readFileSync(file, 'utf8').trim()) };
}
