/**
 * Server response time of the public site's list and detail pages with 10,000 publications, as a
 * visitor gets them: the built Astro server rendering over the built API over the database.
 * PGlite in a temporary folder by default; BENCH_DATABASE_URL benches a PostgreSQL server instead
 * (the database named there is dropped and created afresh). Prints a Markdown table for docs/.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshDatabase } from './fresh-database.js';
import { createLogger } from '../src/app.js';
import { openDatabase } from '../src/database.js';
import { parseEnv } from '../src/env.js';
import { loadSecrets } from '../src/secrets.js';
import { insertBenchPublications } from './bench-publications.js';

const PUBLICATIONS = Number(process.env.BENCH_PUBLICATIONS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const CONCURRENCY = 8;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const apiPort = 3300;
const sitePort = 4340;
const apiUrl = `http://127.0.0.1:${apiPort}`;
const siteUrl = `http://127.0.0.1:${sitePort}`;
const bin = (pkg: string, name: string) => path.join(root, pkg, 'node_modules', '.bin', name);

async function waitFor(url: string) {
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    try {
      if ((await fetch(url)).status < 500) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`${url} did not start`);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

async function timeOne(url: string): Promise<{ ms: number; bytes: number }> {
  const started = performance.now();
  const res = await fetch(url);
  const body = await res.arrayBuffer();
  const ms = performance.now() - started;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { ms, bytes: body.byteLength };
}

/** Sequential latency (one visitor at a time), then throughput with CONCURRENCY visitors at once. */
async function measure(label: string, url: string) {
  for (let i = 0; i < 20; i++) await timeOne(url);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const r = await timeOne(url);
    times.push(r.ms);
    bytes = r.bytes;
  }
  times.sort((a, b) => a - b);
  let done = 0;
  const until = performance.now() + 3_000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await timeOne(url);
        done++;
      }
    }),
  );
  const fmt = (n: number) => n.toFixed(1);
  return `| ${label} | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 95))} | ${fmt(percentile(times, 99))} | ${Math.round(done / 3)} | ${(bytes / 1024).toFixed(1)} |`;
}

const dataDir = mkdtempSync(path.join(tmpdir(), 'kntc-bench-'));
const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const dbEnv = {
  DATA_DIR: dataDir,
  ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PGLITE_DIR: path.join(dataDir, 'pglite') }),
  VAULT_KEY: randomBytes(32).toString('hex'),
  TRACKING_SECRET: randomBytes(32).toString('hex'),
  LOG_LEVEL: 'warn',
};
const children: ChildProcess[] = [];
try {
  if (!process.env.BENCH_SKIP_BUILD) {
    execFileSync(bin('apps/api', 'tsup'), ['--silent'], { cwd: path.join(root, 'apps/api'), stdio: 'inherit' });
    execFileSync(bin('apps/site', 'astro'), ['build', '--silent'], { cwd: path.join(root, 'apps/site'), stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  }
  if (databaseUrl) await freshDatabase(databaseUrl);
  const env = parseEnv({ ...process.env, ...dbEnv, DEMO_SEED: 'on' });
  const logger = createLogger(env);
  const handle = await openDatabase(env, logger, loadSecrets(env, logger));
  const { slugs } = await insertBenchPublications(handle.db, PUBLICATIONS);
  await handle.close();

  const start = (cwd: string, entry: string, env: Record<string, string>) => {
    const child = spawn(process.execPath, [entry], { cwd: path.join(root, cwd), env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(child);
  };
  start('apps/api', 'dist/main.js', { ...dbEnv, HOST: '127.0.0.1', PORT: String(apiPort), DEMO_SEED: 'off', NODE_ENV: 'production', SECURE_COOKIES: 'false' });
  await waitFor(`${apiUrl}/healthz`);
  start('apps/site', 'dist/server/entry.mjs', { HOST: '127.0.0.1', PORT: String(sitePort), KNTC_API_URL: apiUrl });
  await waitFor(`${siteUrl}/`);

  const middle = slugs[Math.floor(slugs.length / 2)] ?? '';
  const rows = [
    await measure('`/cong-khai` (trang 1)', `${siteUrl}/cong-khai`),
    await measure('`/cong-khai?trang=250` (trang giữa)', `${siteUrl}/cong-khai?trang=250`),
    await measure('`/cong-khai?q=luu+tru+lich+su` (tìm không dấu)', `${siteUrl}/cong-khai?q=luu+tru+lich+su`),
    await measure('`/cong-khai/<slug>` (chi tiết)', `${siteUrl}/cong-khai/${middle}`),
    await measure('API `public.publications` (trang 1)', `${apiUrl}/trpc/public.publications?input=${encodeURIComponent(JSON.stringify({ pagination: { page: 1, perPage: 20 } }))}`),
    await measure('API `public.publication` (chi tiết)', `${apiUrl}/trpc/public.publication?input=${encodeURIComponent(JSON.stringify({ slug: middle }))}`),
  ];
  console.log(`\n${PUBLICATIONS} publications on ${databaseUrl ? 'PostgreSQL' : 'PGlite'}; ${SAMPLES} sequential requests per page, then ${CONCURRENCY} concurrent for 3 s.\n`);
  console.log('| Page | p50 ms | p95 ms | p99 ms | req/s (8 concurrent) | KB |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const row of rows) console.log(row);
} finally {
  for (const child of children) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
