/**
 * `pnpm bench:scale [--letters N] [--duration S] [--connections C]`: the procedures people wait on,
 * through HTTP against the built API on the scale database (seed it with `pnpm seed:scale --letters
 * N` first; with --seed the bench seeds it itself), each next to its raw-SQL floor.
 *
 * The floor is the exact SQL the procedure runs: the bench calls the procedure once through the
 * tRPC caller on a drizzle database that records every statement with its parameters, then
 * replays those statements with postgres.js (same pool size as the API's, same concurrency as
 * autocannon) for the same time. A procedure that issues queries in parallel is replayed in
 * sequence, so the floor is if anything slightly pessimistic. Both sides run from this process
 * on the same 2 cores as the API and PostgreSQL: the load generator competes with what it measures.
 *
 * Writes a Markdown table to stdout and bench/results/scale-<N>.json (for the chart), sampling the
 * API's resident memory every second.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, createHmac } from 'node:crypto';
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRouter, createCallerFactory, login } from '@kntc/api';
import { findSessionUser, schema } from '@kntc/db';
import { formatTrackingCode, normalizeTrackingCode } from '@kntc/domain';
import autocannon from 'autocannon';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { createLogger } from '../../src/app.js';
import { parseEnv } from '../../src/env.js';
import { loadSecrets } from '../../src/secrets.js';
import { buildApi, repoRoot, rssMb, signInCookie, startApi, waitFor } from './api-process.js';
import { argument, scaleDatabaseUrl, scaleSecrets } from './scale-env.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = repoRoot;
const duration = Number(argument('duration', '8'));
const connections = Number(argument('connections', '10'));
const apiPort = Number(argument('port', '3311'));
const sitePort = apiPort + 1000;
const apiUrl = `http://127.0.0.1:${apiPort}`;
const siteUrl = `http://127.0.0.1:${sitePort}`;
const only = argument('only', '');

export interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}
export interface Row {
  key: string;
  label: string;
  http: Figures;
  floor: Figures | null;
  queries: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
const figuresOf = (times: number[], seconds: number, errors: number): Figures => {
  times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors };
};

/** autocannon against one URL; latencies from each response, so p95 is exact rather than autocannon's p97.5. */
async function hammer(url: string, headers: Record<string, string>, expect: (body: string) => boolean, connections: number): Promise<Figures> {
  // One request first: a procedure that fails must stop the bench, not be timed as fast errors.
  const first = await fetch(url, { headers });
  const body = await first.text();
  if (first.status !== 200 || !expect(body)) throw new Error(`${url} answered ${first.status}: ${body.slice(0, 300)}`);
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers }, (error, done) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done)));
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status === 200) times.push(ms);
    });
  });
  return figuresOf(times, result.duration, result.errors + result.non2xx);
}

type Captured = { query: string; params: unknown[] };

/** The floor: the captured statements replayed by `connections` workers for `duration` seconds. */
async function floor(sql: postgres.Sql, statements: Captured[], connections: number): Promise<Figures> {
  const reads = statements;
  const times: number[] = [];
  let errors = 0;
  for (let i = 0; i < 3; i++) for (const s of reads) await sql.unsafe(s.query, s.params as never[]);
  const started = performance.now();
  const until = started + duration * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        try {
          for (const s of reads) await sql.unsafe(s.query, s.params as never[]);
          times.push(performance.now() - t);
        } catch {
          errors++;
        }
      }
    }),
  );
  return figuresOf(times, (performance.now() - started) / 1000, errors);
}

const children: ChildProcess[] = [];
const rss: { t: number; mb: number }[] = [];
let sampler: NodeJS.Timeout | undefined;
const sql = postgres(scaleDatabaseUrl, { max: connections, onnotice: () => {} });
try {
  const [{ letters } = { letters: 0 }] = await sql<{ letters: number }[]>`select count(*)::int as letters from petitions`;
  const [{ caseCount } = { caseCount: 0 }] = await sql<{ caseCount: number }[]>`select count(*)::int as "caseCount" from cases`;
  console.log(`kntc_scale holds ${letters} letters, ${caseCount} cases`);

  // Tracking codes planted on 100 letters (only the HMAC is stored, as intake does).
  const secret = Buffer.from(scaleSecrets.TRACKING_SECRET, 'hex');
  const planted = await sql<{ id: string }[]>`select id from petitions where receipt_seq > 1000 order by id limit 100`;
  const codes: string[] = [];
  for (const [i, { id }] of planted.entries()) {
    const code = formatTrackingCode(createHash('sha256').update(`scale-track-${i}`).digest().subarray(0, 12));
    const hash = createHmac('sha256', secret).update(normalizeTrackingCode(code) ?? '').digest('hex');
    await sql`update petitions set tracking_code_hash = ${hash} where id = ${id} and tracking_code_hash is distinct from ${hash}`;
    codes.push(code);
  }

  // Subjects: a case in the middle of the register with a full timeline, a published decision.
  const [someCase] = await sql<{ id: string }[]>`select id from cases where status = 'closed' order by case_year, case_seq offset (select count(*) / 2 from cases where status = 'closed') limit 1`;
  const [somePublication] = await sql<{ slug: string }[]>`select slug from publications where state = 'published' order by published_at desc offset 50 limit 1`;
  if (!someCase || !somePublication) throw new Error('seed the scale database first: pnpm seed:scale --letters N');

  const env = parseEnv({ ...process.env, DATABASE_URL: scaleDatabaseUrl, ...scaleSecrets, LOG_LEVEL: 'warn' });
  const secrets = loadSecrets(env, createLogger(env));
  const capture: Captured[] = [];
  const recording = postgres(scaleDatabaseUrl, { max: 1, onnotice: () => {} });
  const recordingDb = drizzle({
    client: recording,
    schema,
    casing: 'snake_case',
    logger: { logQuery: (query, params) => capture.push({ query, params }) },
  }) as unknown as Parameters<typeof login>[0];
  const session = await login(recordingDb, { username: 'giamdoc', password: 'kntc-demo-2026' }, { absoluteTimeoutMs: 3_600_000 });
  if (!session.ok) throw new Error('demo login failed: seed the scale database with the demo');
  const user = await findSessionUser(recordingDb, { token: session.token, idleTimeoutMs: 3_600_000 });
  const caller = createCallerFactory(appRouter)({
    db: recordingDb,
    dbKind: 'postgres',
    user,
    requestId: 'bench',
    ipAddress: '127.0.0.1',
    now: () => new Date(),
    secrets: { tracking: secret, vault: secrets.vault },
  });

  const lastYear = new Date().getFullYear() - 1;
  const thisYear = new Date().getFullYear();
  const listInput = (filter: Record<string, unknown>, sort = { field: 'dueDate', order: 'ASC' }) => ({ pagination: { page: 1, perPage: 25 }, sort, filter });
  /** `single`: a leader's screen, timed one request at a time (its target is a latency, not a queue's throughput). */
  type Case = { key: string; label: string; path: string; input: unknown; call: () => Promise<unknown>; url?: string; public?: boolean; single?: boolean; expect?: (body: string) => boolean };
  const cases: Case[] = [
    { key: 'letters', label: 'Letters list, 1st page by due date, kind = complaint', path: 'petitions.list', input: listInput({ kind: 'complaint' }), call: () => caller.petitions.list(listInput({ kind: 'complaint' }) as never) },
    { key: 'letters-recent', label: 'Letters list, 1st page newest first (default)', path: 'petitions.list', input: listInput({}, { field: 'receivedDate', order: 'DESC' }), call: () => caller.petitions.list(listInput({}, { field: 'receivedDate', order: 'DESC' }) as never) },
    { key: 'search-name', label: 'Search by name "nguyen van hung"', path: 'petitions.list', input: listInput({ q: 'nguyen van hung' }, { field: 'receivedDate', order: 'DESC' }), call: () => caller.petitions.list(listInput({ q: 'nguyen van hung' }, { field: 'receivedDate', order: 'DESC' }) as never) },
    { key: 'search-content', label: 'Search by content "ton giao"', path: 'petitions.list', input: listInput({ q: 'ton giao' }, { field: 'receivedDate', order: 'DESC' }), call: () => caller.petitions.list(listInput({ q: 'ton giao' }, { field: 'receivedDate', order: 'DESC' }) as never) },
    { key: 'overdue', label: 'Overdue queue (letters past due)', path: 'petitions.list', input: listInput({ dueStatus: 'overdue' }), call: () => caller.petitions.list(listInput({ dueStatus: 'overdue' }) as never) },
    { key: 'overdue-cases', label: 'Overdue queue (cases past due)', path: 'cases.list', input: listInput({ dueStatus: 'overdue' }), call: () => caller.cases.list(listInput({ dueStatus: 'overdue' }) as never) },
    {
      key: 'case',
      label: 'A case with its timeline (one batched request)',
      path: 'cases.getOne,cases.timeline',
      input: null,
      url: `${apiUrl}/trpc/cases.getOne,cases.timeline?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { id: someCase.id }, 1: { id: someCase.id } }))}`,
      call: async () => Promise.all([caller.cases.getOne({ id: someCase.id }), caller.cases.timeline({ id: someCase.id })]),
    },
    { key: 'dashboard', single: true, label: `Dashboard, ${thisYear} to date (1 connection)`, path: 'dashboard.summary', input: { from: `${thisYear}-01-01`, to: new Date().toISOString().slice(0, 10) }, call: () => caller.dashboard.summary({ from: `${thisYear}-01-01`, to: new Date().toISOString().slice(0, 10) }) },
    { key: 'report-02', single: true, label: `Report 02/XLD, year ${lastYear} (1 connection)`, path: 'reports.form', input: { formCode: '02/XLD', period: { kind: 'year', year: lastYear } }, call: () => caller.reports.form({ formCode: '02/XLD', period: { kind: 'year', year: lastYear } }) },
    { key: 'report-01', single: true, label: `Report 01/TCD, year ${lastYear} (1 connection)`, path: 'reports.form', input: { formCode: '01/TCD', period: { kind: 'year', year: lastYear } }, call: () => caller.reports.form({ formCode: '01/TCD', period: { kind: 'year', year: lastYear } }) },
    { key: 'public-list', label: 'API public.publications, page 1', path: 'public.publications', input: { pagination: { page: 1, perPage: 20 } }, public: true, call: () => caller.public.publications({ pagination: { page: 1, perPage: 20 } }) },
    { key: 'public-search', label: 'API public.publications, search "thu hoi dat"', path: 'public.publications', input: { pagination: { page: 1, perPage: 20 }, q: 'thu hoi dat' }, public: true, call: () => caller.public.publications({ pagination: { page: 1, perPage: 20 }, q: 'thu hoi dat' }) },
    { key: 'public-detail', label: 'API public.publication (detail)', path: 'public.publication', input: { slug: somePublication.slug }, public: true, call: () => caller.public.publication({ slug: somePublication.slug }) },
    { key: 'tracking', label: 'Tracking-code lookup', path: 'public.trackLetter', input: { code: codes[50] }, public: true, expect: (b) => b.includes('"found":true'), call: () => caller.public.trackLetter({ code: codes[50] ?? '' }) },
  ];
  const selected = only ? cases.filter((c) => only.split(',').includes(c.key)) : cases;

  // The statements each procedure runs, recorded once (after a warm call, so lazy loads are not counted).
  const statements = new Map<string, Captured[]>();
  for (const c of selected) {
    await c.call();
    capture.length = 0;
    await c.call();
    statements.set(c.key, capture.filter((s) => !/^\s*(insert|update|delete)/i.test(s.query)));
  }
  await recording.end();

  if (process.argv.includes('--explain')) {
    // The plans behind the figures: every recorded statement under EXPLAIN ANALYZE, slowest first.
    const plans: { ms: number; text: string }[] = [];
    for (const c of selected) {
      for (const s of statements.get(c.key) ?? []) {
        const plan = await sql.unsafe<{ 'QUERY PLAN': string }[]>(`explain (analyze, buffers) ${s.query}`, s.params as never[]);
        const lines = plan.map((p) => p['QUERY PLAN']);
        const ms = Number(/Execution Time: ([\d.]+)/.exec(lines.join('\n'))?.[1] ?? 0);
        plans.push({ ms, text: `## ${c.key} (${ms} ms)\n${s.query}\n${JSON.stringify(s.params)}\n${lines.join('\n')}\n` });
      }
    }
    plans.sort((a, b) => b.ms - a.ms);
    const file = path.join(here, `../results/explain-${letters}.txt`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, plans.map((p) => p.text).join('\n'));
    console.log(plans.slice(0, 12).map((p) => p.text.split('\n')[0]).join('\n'));
    console.log(`plans in ${file}`);
    process.exit(0);
  }

  buildApi();
  const api = await startApi(apiPort);
  children.push(api);
  const pid = api.pid ?? 0;
  const t0 = Date.now();
  sampler = setInterval(() => rss.push({ t: (Date.now() - t0) / 1000, mb: rssMb(pid) }), 1000);

  const siteEntry = path.join(root, 'apps/site/dist/server/entry.mjs');
  const withSite = existsSync(siteEntry) && !process.env.BENCH_NO_SITE;
  if (withSite) {
    const site = spawn(process.execPath, [siteEntry], { cwd: path.join(root, 'apps/site'), env: { ...process.env, HOST: '127.0.0.1', PORT: String(sitePort), KNTC_API_URL: apiUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
    children.push(site);
    await waitFor(`${siteUrl}/`);
    const listQueries = statements.get('public-list');
    const detailQueries = statements.get('public-detail');
    if (listQueries) {
      selected.push({ key: 'site-list', label: 'Site page /cong-khai', path: 'site', input: null, url: `${siteUrl}/cong-khai`, public: true, call: () => Promise.resolve(null) });
      statements.set('site-list', listQueries);
    }
    if (detailQueries) {
      selected.push({ key: 'site-detail', label: 'Site page /cong-khai/<slug>', path: 'site', input: null, url: `${siteUrl}/cong-khai/${somePublication.slug}`, public: true, call: () => Promise.resolve(null) });
      statements.set('site-detail', detailQueries);
    }
  }

  const cookie = await signInCookie(apiUrl, 'giamdoc');

  const rows: Row[] = [];
  for (const c of selected) {
    const url = c.url ?? `${apiUrl}/trpc/${c.path}?input=${encodeURIComponent(JSON.stringify(c.input))}`;
    const clients = c.single ? 1 : connections;
    const http = await hammer(url, c.public ? {} : { cookie }, c.expect ?? (() => true), clients);
    const replay = statements.get(c.key) ?? [];
    const raw = replay.length > 0 ? await floor(sql, replay, clients) : null;
    rows.push({ key: c.key, label: c.label, http, floor: raw, queries: replay.length });
    console.error(`${c.key}: http ${http.rps.toFixed(0)} req/s p95 ${http.p95.toFixed(1)} ms; floor ${raw?.rps.toFixed(0)} req/s p95 ${raw?.p95.toFixed(1)} ms`);
  }
  clearInterval(sampler);

  const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
  const maxRss = Math.max(...rss.map((s) => s.mb));
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`\n${letters} letters, ${caseCount} cases; ${connections} connections, ${duration} s each; load average at the end ${load}; API RSS max ${maxRss.toFixed(0)} MB\n`);
  console.log('| Procedure | SQL stmts | HTTP req/s | p50 ms | p95 ms | p99 ms | floor req/s | p50 ms | p95 ms | p99 ms | HTTP / floor req/s | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const ratio = r.floor ? `${((100 * r.http.rps) / r.floor.rps).toFixed(0)} %` : '–';
    console.log(`| ${r.label} | ${r.queries} | ${fmt(r.http.rps)} | ${fmt(r.http.p50)} | ${fmt(r.http.p95)} | ${fmt(r.http.p99)} | ${fmt(r.floor?.rps)} | ${fmt(r.floor?.p50)} | ${fmt(r.floor?.p95)} | ${fmt(r.floor?.p99)} | ${ratio} | ${r.http.errors + (r.floor?.errors ?? 0)} |`);
  }
  const out = path.join(here, '../results');
  mkdirSync(out, { recursive: true });
  writeFileSync(
    path.join(out, only ? `scale-${letters}-${only.replaceAll(',', '+')}.json` : `scale-${letters}.json`),
    `${JSON.stringify({ letters, connections, duration, cases: caseCount, date: new Date().toISOString(), loadAverage: load, maxRssMb: Math.round(maxRss), rows }, null, 1)}\n`,
  );
} finally {
  if (sampler) clearInterval(sampler);
  for (const child of children) child.kill('SIGTERM');
  await sql.end();
  await new Promise((r) => setTimeout(r, 300));
}
