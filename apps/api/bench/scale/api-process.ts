/** The built API as a child process on the scale database, for bench:scale and soak. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaleDatabaseUrl, scaleSecrets } from './scale-env.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** Resident memory of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
    return kb / 1024;
  } catch {
    return NaN;
  }
}

export async function waitFor(url: string) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`${url} did not start`);
}

/** Builds apps/api/dist as `pnpm start` does, unless BENCH_SKIP_BUILD is set. */
export function buildApi() {
  if (process.env.BENCH_SKIP_BUILD) return;
  execFileSync(path.join(repoRoot, 'apps/api/node_modules/.bin/tsup'), ['--silent'], { cwd: path.join(repoRoot, 'apps/api'), stdio: 'inherit' });
}

/** Starts apps/api/dist/main.js as production would run it. */
export async function startApi(port: number): Promise<ChildProcess> {
  // Another API left on the port would answer the health check and be measured instead of this one.
  const stale = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false);
  if (stale) throw new Error(`port ${port} already answers: stop the process on it or pass --port`);
  const api = spawn(process.execPath, ['dist/main.js'], {
    cwd: path.join(repoRoot, 'apps/api'),
    env: {
      ...process.env,
      ...scaleSecrets,
      DATABASE_URL: scaleDatabaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      DEMO_SEED: 'off',
      NODE_ENV: 'production',
      SECURE_COOKIES: 'false',
      LOG_LEVEL: 'warn',
      // The bench looks codes up thousands of times from one address; the limit is for visitors.
      TRACK_LOOKUPS_MAX: '100000000',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<never>((_, reject) => api.once('exit', (code) => reject(new Error(`the API exited with ${String(code)}`))));
  try {
    await Promise.race([waitFor(`http://127.0.0.1:${port}/healthz`), exited]);
  } catch (error) {
    // Never leave a half-started server behind: the next run would measure it.
    api.kill('SIGKILL');
    throw error;
  }
  return api;
}

/** The session cookie of a demo user signed in over HTTP. */
export async function signInCookie(apiUrl: string, username: string): Promise<string> {
  const res = await fetch(`${apiUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'kntc-demo-2026' }) });
  const cookie = /kntc_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  return cookie;
}
