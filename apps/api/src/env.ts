import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const bool = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1');

/** An empty variable (`DATABASE_URL=`) means unset, as shells and CI templates often produce. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Unset: embedded PGlite in DATA_DIR (trying the product, never production). */
  DATABASE_URL: optional(z.string().url()),
  /**
   * The tables' owner, used only to migrate on start; DATABASE_URL then names a role that owns
   * nothing (so cannot switch off the audit log's triggers). Unset: DATABASE_URL migrates.
   */
  MIGRATION_DATABASE_URL: optional(z.string().url()),
  DATA_DIR: z.string().default(path.join(repoRoot, '.data')),
  /** ':memory:' keeps PGlite in memory (tests, throwaway demos). */
  PGLITE_DIR: optional(z.string()),
  /** auto: demo data unless running in production on a real database. */
  DEMO_SEED: z.enum(['auto', 'on', 'off']).default('auto'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(72).default(12),
  /** Set when served over TLS (behind a proxy): Secure cookies and HSTS. */
  SECURE_COOKIES: optional(bool),
  /** Origins allowed to send cookie-authenticated mutations, comma-separated. */
  TRUSTED_ORIGINS: z.string().default('http://localhost:5173,http://127.0.0.1:5173,http://localhost:3000,http://127.0.0.1:3000'),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  LOGIN_MAX_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /**
   * Public lookups by receipt tracking code per client address and window. The public site calls
   * the API from its server: set TRUST_PROXY to the site's address (and have it send
   * X-Forwarded-For) so this counts per visitor, not for the whole site; the site limits per visitor too.
   */
  TRACK_LOOKUPS_MAX: z.coerce.number().int().min(1).default(10),
  TRACK_LOOKUPS_WINDOW_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(10),
  /** Failed passwords (or authenticator codes) per account before sign-in is refused for LOGIN_LOCK_MINUTES. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(10),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(15),
  /**
   * Whether to believe X-Forwarded-For/-Proto: only behind a reverse proxy, else anyone could fake
   * their address (and escape the per-address limit). `true`, or the proxy's addresses (comma-separated, CIDR allowed).
   */
  TRUST_PROXY: optional(z.string()).transform((v): boolean | string => (v === undefined || v === 'false' ? false : v === 'true' ? true : v)),
  /** Revealing a protected identity needs a session opened with an authenticator code. */
  REQUIRE_TOTP_FOR_REVEAL: optional(bool).transform((v) => v ?? false),
  /** HMAC key for receipt tracking codes (hex or base64, at least 32 bytes); required in production. */
  TRACKING_SECRET: optional(z.string()),
  /** AES-256-GCM key of the identity vault (hex or base64, at least 32 bytes); required in production. */
  VAULT_KEY: optional(z.string()),
  /** Earlier vault keys, comma-separated, still accepted for reading after a rotation. */
  VAULT_RETIRED_KEYS: optional(z.string()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Uploaded files; unset: DATA_DIR/files. Never inside a folder a web server publishes. */
  FILES_DIR: optional(z.string()),
  FILE_MAX_BYTES: z.coerce.number().int().min(1).default(20 * 1024 * 1024),
  /** On SIGTERM, how long in-flight requests may take before the process exits anyway (code 1). */
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(10),
});

export type Env = z.output<typeof EnvSchema>;

/** Folders the admin and site dev servers and builds publish as-is. */
export const servedFolders = ['apps/admin', 'apps/site'].map((folder) => path.join(repoRoot, folder));

export const filesDir = (env: Pick<Env, 'FILES_DIR' | 'DATA_DIR'>) => path.resolve(env.FILES_DIR ?? path.join(env.DATA_DIR, 'files'));

const isInside = (child: string, parent: string) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

export const isServedPath = (dir: string) => servedFolders.some((served) => isInside(path.resolve(dir), served));

const CheckedEnvSchema = EnvSchema.superRefine((env, ctx) => {
  if (isServedPath(filesDir(env))) {
    ctx.addIssue({ code: 'custom', path: ['FILES_DIR'], message: `must not be inside a served folder (${servedFolders.join(', ')})` });
  }
});

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = CheckedEnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

export const pgliteDir = (env: Env) =>
  env.PGLITE_DIR === ':memory:' ? undefined : (env.PGLITE_DIR ?? path.join(env.DATA_DIR, 'pglite'));

export const shouldSeedDemo = (env: Env) =>
  env.DEMO_SEED === 'on' || (env.DEMO_SEED === 'auto' && !(env.NODE_ENV === 'production' && env.DATABASE_URL));
