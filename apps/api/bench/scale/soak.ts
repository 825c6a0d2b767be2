/**
 * `pnpm soak [--minutes 10] [--rate 50]`: mixed traffic against the built API on the scale database
 * (SCALE_DATABASE_URL; seed it with `pnpm seed:scale` and build with `pnpm --filter
 * @kntc/api-server build` first) at a fixed overall rate: intake of new letters, the letters list,
 * search, a case page, the public list and detail, and tracking lookups. Reports every error (there
 * must be none) and the API's resident memory sampled every 5 s (it must stay flat), and writes
 * bench/results/soak.json. Not part of the test suite: it runs for minutes and needs PostgreSQL.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import postgres from 'postgres';
import { buildApi, rssMb, signInCookie, startApi } from './api-process.js';
import { argument, scaleDatabaseUrl } from './scale-env.js';

const minutes = Number(argument('minutes', '10'));
const rate = Number(argument('rate', '50'));
const port = Number(argument('port', '3321'));
const apiUrl = `http://127.0.0.1:${port}`;
const here = path.dirname(fileURLToPath(import.meta.url));

const sql = postgres(scaleDatabaseUrl, { max: 1, onnotice: () => {} });
const [subject] = await sql<{ caseId: string; slug: string; letters: number }[]>`
  select (select id from cases where status = 'closed' order by case_seq limit 1) as "caseId",
         (select slug from publications where state = 'published' order by published_at desc limit 1) as slug,
         (select count(*)::int from petitions) as letters`;
await sql.end();
if (!subject?.caseId || !subject.slug) throw new Error('seed the scale database first: pnpm seed:scale --letters N');

buildApi();
const api = await startApi(port);
const pid = api.pid ?? 0;
const samples: { t: number; mb: number }[] = [];
const t0 = Date.now();
const sampler = setInterval(() => samples.push({ t: Math.round((Date.now() - t0) / 1000), mb: Math.round(rssMb(pid)) }), 5000);
try {
  const officer = await signInCookie(apiUrl, 'tiepdan');
  const q = (procedure: string, input: unknown) => `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const list = (filter: Record<string, unknown>) => ({ pagination: { page: 1, perPage: 25 }, sort: { field: 'receivedDate', order: 'DESC' }, filter });
  const today = new Date().toISOString().slice(0, 10);
  let intake = 0;
  const withCookie = { cookie: officer, 'content-type': 'application/json' };
  // One round of ten: one write for nine reads, close to a reception office's working day.
  const round: autocannon.Request[] = [
    {
      method: 'POST',
      path: '/trpc/petitions.create',
      headers: withCookie,
      setupRequest: (req) => {
        intake++;
        return {
          ...req,
          body: JSON.stringify({
            receivedDate: today,
            channel: 'walk_in',
            kind: intake % 3 === 0 ? 'recommendation' : 'complaint',
            sender: { fullName: `Người gửi thử tải số ${intake}`, address: `${intake} Lê Lợi, Huế` },
            summary: `Đơn thử tải số ${intake} về việc giải quyết chế độ chính sách`,
            content: 'Nội dung đơn gửi trong đợt chạy thử tải kéo dài.',
          }),
        };
      },
    },
    { method: 'GET', path: q('petitions.list', list({})), headers: withCookie },
    { method: 'GET', path: q('petitions.list', { ...list({ kind: 'complaint' }), sort: { field: 'dueDate', order: 'ASC' } }), headers: withCookie },
    { method: 'GET', path: q('petitions.list', list({ dueStatus: 'overdue' })), headers: withCookie },
    { method: 'GET', path: q('petitions.list', list({ q: 'nguyen van' })), headers: withCookie },
    { method: 'GET', path: q('petitions.list', list({ q: 'thu hoi dat' })), headers: withCookie },
    { method: 'GET', path: `/trpc/cases.getOne,cases.timeline?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { id: subject.caseId }, 1: { id: subject.caseId } }))}`, headers: withCookie },
    { method: 'GET', path: q('public.publications', { pagination: { page: 1, perPage: 20 } }) },
    { method: 'GET', path: q('public.publication', { slug: subject.slug }) },
    { method: 'GET', path: q('public.trackLetter', { code: 'KNTC-0000-0000-0000' }) },
  ];
  const statuses = new Map<number, number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ url: apiUrl, connections: 10, overallRate: rate, duration: minutes * 60, requests: round }, (error, done) =>
      error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(done),
    );
    instance.on('response', (_client, status) => statuses.set(status, (statuses.get(status) ?? 0) + 1));
  });
  clearInterval(sampler);
  const mbs = samples.map((s) => s.mb).filter((mb) => !Number.isNaN(mb));
  const minute = Math.max(1, Math.round(60 / 5));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const summary = {
    date: new Date().toISOString(),
    letters: subject.letters,
    minutes,
    rate,
    requests: result.requests.total,
    achievedRate: result.requests.total / result.duration,
    intake,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statuses: Object.fromEntries(statuses),
    latency: { p50: result.latency.p50, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
    rss: { firstMinuteMb: Math.round(mean(mbs.slice(0, minute))), lastMinuteMb: Math.round(mean(mbs.slice(-minute))), maxMb: Math.max(...mbs), samples },
    loadAverage: loadavg().map((l) => l.toFixed(1)).join(' '),
  };
  mkdirSync(path.join(here, '../results'), { recursive: true });
  writeFileSync(path.join(here, '../results/soak.json'), `${JSON.stringify(summary, null, 1)}\n`);
  console.log(JSON.stringify({ ...summary, rss: { ...summary.rss, samples: undefined } }, null, 1));
  if (summary.errors > 0 || summary.non2xx > 0) process.exitCode = 1;
} finally {
  clearInterval(sampler);
  api.kill('SIGTERM');
}
