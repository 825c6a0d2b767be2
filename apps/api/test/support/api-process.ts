/**
 * The real API server as a child process (src/main.ts through tsx), so a test can send it signals
 * (SIGTERM, SIGKILL) and watch it exit, as a process manager would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './private-postgres.js';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ApiProcess = {
  url: string;
  child: ChildProcess;
  /** stdout and stderr so far, for failure messages. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
};

/** Stable keys across restarts of one test's server, so sealed identities stay readable. */
export function apiSecrets() {
  return { TRACKING_SECRET: randomBytes(32).toString('hex'), VAULT_KEY: randomBytes(32).toString('hex') };
}

export async function startApi(env: Record<string, string>, timeoutMs = 90_000): Promise<ApiProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kntc-api-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO_SEED: 'off',
      DATA_DIR: dataDir,
      LOGIN_MAX_PER_MINUTE: '1000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      rmSync(dataDir, { recursive: true, force: true });
      resolve(code ?? signal ?? -1);
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void exited.then(() => (ended = true));
  for (;;) {
    if (ended) throw new Error(`API exited before listening:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API did not listen within ${timeoutMs} ms:\n${output}`);
    }
    try {
      await fetch(`${url}/healthz`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, child, output: () => output, exited };
}

/** Signs in over HTTP and returns the Cookie header value of the session. */
export async function signInHttp(url: string, username: string, password = 'kntc-demo-2026'): Promise<string> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username}: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('kntc_session='));
  if (!cookie) throw new Error(`sign-in as ${username} set no session cookie`);
  return cookie.split(';')[0] ?? '';
}

export type TrpcAnswer = { status: number; body: { result?: { data: unknown }; error?: { message: string; data?: { code?: string } } } | undefined };

async function answer(res: Response): Promise<TrpcAnswer> {
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) as TrpcAnswer['body'] };
  } catch {
    return { status: res.status, body: undefined };
  }
}

export async function trpcCall(url: string, cookie: string, path: string, input: unknown, kind: 'query' | 'mutation'): Promise<TrpcAnswer> {
  if (kind === 'query') {
    const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return answer(await fetch(`${url}/trpc/${path}${query}`, { headers: { cookie } }));
  }
  return answer(await fetch(`${url}/trpc/${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(input) }));
}

/** Polls until `check` holds, failing with `what` after `timeoutMs`. */
export async function waitUntil(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check().catch(() => false)) return Date.now() - started;
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
