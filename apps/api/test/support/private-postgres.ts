/**
 * A throwaway PostgreSQL cluster of the test's own, for tests that stop, crash or restart the
 * database: the shared server on 5432 serves other test packages at the same time and must never
 * be stopped. initdb refuses to run as root, so as root the binaries run as the postgres user.
 * Tests skip with the reason from `privatePostgresUnavailable()` where the binaries are missing.
 */
import { execFile } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** PG_BIN_DIR, else the newest Debian server package's binaries (postgresql-15 on this project's machines). */
const binDir =
  process.env.PG_BIN_DIR ??
  (existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .filter((v) => /^\d+$/.test(v) && existsSync(path.join('/usr/lib/postgresql', v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => path.join('/usr/lib/postgresql', v, 'bin'))[0]
    : undefined) ??
  '/usr/lib/postgresql/15/bin';
const bin = (name: string) => path.join(binDir, name);
const asRoot = process.getuid?.() === 0;

/** Why these tests cannot run here, or undefined when they can. */
export function privatePostgresUnavailable(): string | undefined {
  for (const name of ['initdb', 'pg_ctl', 'postgres']) {
    if (!existsSync(bin(name))) return `PostgreSQL server binaries not found in ${binDir} (install Debian's postgresql-15 or set PG_BIN_DIR)`;
  }
  if (asRoot) {
    // runuser needs the account; Debian's package creates it.
    const hasAccount = readFileSync('/etc/passwd', 'utf8').split('\n').some((l) => l.startsWith('postgres:'));
    if (!hasAccount) return 'running as root without a postgres account to run initdb as';
  }
  return undefined;
}

/** A port nobody listens on now (the kernel's choice, released again at once). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function pg(name: string, args: string[]) {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin(name), ...args]] : [bin(name), args];
  return run(command, argv, { timeout: 120_000 });
}

export type PrivatePostgres = {
  url: string;
  port: number;
  /** The server's log so far (crash recovery, client disconnects). */
  log(): string;
  /** `immediate` is a crash as far as the data is concerned: no checkpoint, recovery from WAL on the next start. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs and removes its folder. */
  destroy(): Promise<void>;
};

/** `settings`: extra server settings (`-c name=value`), e.g. a more verbose log_min_messages. */
export async function startPrivatePostgres(settings: Record<string, string> = {}): Promise<PrivatePostgres> {
  const root = mkdtempSync(path.join(tmpdir(), 'kntc-pg-'));
  chmodSync(root, 0o755);
  if (asRoot) {
    const id = async (flag: string) => Number((await run('id', [flag, 'postgres'])).stdout.trim());
    chownSync(root, await id('-u'), await id('-g'));
  }
  const data = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  const port = await freePort();
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  // Only loopback and a socket in the cluster's own folder: no clash with the shared server's socket in /var/run/postgresql.
  const extra = Object.entries(settings).map(([name, value]) => ` -c ${name}=${value}`).join('');
  const options = `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c max_connections=60${extra}`;
  let running = false;
  const start = async () => {
    await pg('pg_ctl', ['-D', data, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
    running = true;
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await pg('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop']);
    running = false;
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    stop,
    start,
    async destroy() {
      if (running) await stop('immediate').catch(() => {});
      rmSync(root, { recursive: true, force: true });
    },
  };
}
