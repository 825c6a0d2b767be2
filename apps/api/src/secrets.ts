import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { vaultKeyring, type VaultKeyring } from '@kntc/db';
import type { Logger } from 'pino';
import type { Env } from './env.js';

export type Secrets = { tracking: Buffer; vault: VaultKeyring };

function decode(name: string, value: string): Buffer {
  const key = /^[0-9a-f]+$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (key.length < 32) throw new Error(`${name} must be at least 32 bytes (64 hex characters or 44 base64 characters).`);
  return key;
}

type KeySpec = { name: string; value: string | undefined; file: string; generatedMessage: string };

/**
 * One key: from the environment, or in production on a real database refused when missing, or
 * for the embedded trial installation generated once into DATA_DIR/secrets with a warning.
 */
function loadKey(env: Env, log: Logger, spec: KeySpec): Buffer {
  if (spec.value) return decode(spec.name, spec.value);
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) {
    throw new Error(`${spec.name} is required in production: generate one with \`openssl rand -hex 32\` and keep it outside the database and its backups.`);
  }
  if (env.PGLITE_DIR === ':memory:' || env.NODE_ENV === 'test') return randomBytes(32);
  const dir = path.join(env.DATA_DIR, 'secrets');
  const file = path.join(dir, spec.file);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 });
    chmodSync(file, 0o600);
    log.warn({ file }, spec.generatedMessage);
  }
  return decode(file, readFileSync(file, 'utf8').trim());
}

/** Keys rotated out (VAULT_RETIRED_KEYS, comma-separated): they still open older entries. */
const retiredVaultKeys = (env: Env) =>
  (env.VAULT_RETIRED_KEYS ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean)
    .map((v, i) => decode(`VAULT_RETIRED_KEYS[${i}]`, v));

/**
 * Keys that must never sit in the database. In production on a real database they come from the
 * environment; the embedded trial installation generates them once into DATA_DIR and says so.
 */
export function loadSecrets(env: Env, log: Logger): Secrets {
  const tracking = loadKey(env, log, {
    name: 'TRACKING_SECRET',
    value: env.TRACKING_SECRET,
    file: 'tracking.key',
    generatedMessage: 'Generated the tracking-code key for this trial installation. Back it up apart from the database: without it, printed tracking codes stop working.',
  });
  const vault = loadKey(env, log, {
    name: 'VAULT_KEY',
    value: env.VAULT_KEY,
    file: 'vault.key',
    generatedMessage:
      'Generated the identity vault key for this trial installation. Back it up apart from the database: without it, protected identities (denouncers) can never be read again.',
  });
  return { tracking, vault: vaultKeyring(vault, retiredVaultKeys(env)) };
}

/** Where this installation's vault key lives, in words for an operator; never the key itself. */
export function vaultKeyLocation(env: Env): string {
  if (env.VAULT_KEY) return 'biến môi trường VAULT_KEY';
  if (env.NODE_ENV === 'production' && env.DATABASE_URL) return 'biến môi trường VAULT_KEY (hiện chưa đặt)';
  return `tệp ${path.join(env.DATA_DIR, 'secrets', 'vault.key')}`;
}

/**
 * The vault keys the environment already provides, or undefined: unlike loadSecrets it never
 * generates one, so checking a restored database cannot silently create a key that opens nothing.
 */
export function existingVaultKeyring(env: Env): VaultKeyring | undefined {
  const file = path.join(env.DATA_DIR, 'secrets', 'vault.key');
  const current = env.VAULT_KEY ? decode('VAULT_KEY', env.VAULT_KEY) : existsSync(file) ? decode(file, readFileSync(file, 'utf8').trim()) : undefined;
  if (!current) return undefined;
  return vaultKeyring(current, retiredVaultKeys(env));
}
