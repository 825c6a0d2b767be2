/**
 * Generating one report year at ten times the province's volume: 100,000 letters received in the
 * year (plus the autumn's carried-over ones), 30,000 reception visits and 240 head's sessions.
 * Times the grouped register read (loadReportRecordCounts), the pure aggregation (computeForm), the
 * procedures as a leader calls them (reports.form, exportXlsx, exportNarrative), and, for comparison,
 * the line-by-line read that a cell's list (reports.cell) pages.
 * PGlite in a temporary folder by default; BENCH_DATABASE_URL benches a PostgreSQL server instead
 * (the database named there is dropped and created afresh). Prints a Markdown table for docs/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appRouter, createCallerFactory, login } from '@kntc/api';
import { createDb, DEMO_AGENCY_ID, findSessionUser, getAgencyIssuer, loadReportRecordCounts, loadReportRecords, seedDemo } from '@kntc/db';
import { testVaultKeyring } from '@kntc/db/testing';
import { computeForm, defaultReportCutOffRules, form02Xld, reportPeriod } from '@kntc/domain';
import { insertBenchRegisters } from './bench-registers.js';
import { freshDatabase } from './fresh-database.js';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const WARM_UP = 2;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function measure(label: string, run: () => Promise<unknown>): Promise<string> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(0);
  return `| ${label} | ${fmt(percentile(times, 50))} | ${fmt(percentile(times, 95))} | ${fmt(times[times.length - 1] ?? NaN)} |`;
}

const databaseUrl = process.env.BENCH_DATABASE_URL ?? '';
const dataDir = mkdtempSync(path.join(tmpdir(), 'kntc-bench-reports-'));
try {
  if (databaseUrl) await freshDatabase(databaseUrl);
  const handle = createDb(databaseUrl ? { url: databaseUrl } : { dataDir: path.join(dataDir, 'pglite') });
  await handle.migrate();
  await seedDemo(handle.db);
  const loadStarted = performance.now();
  const counts = await insertBenchRegisters(handle.db, DEMO_AGENCY_ID, { letters: LETTERS, visits: Math.round(LETTERS * 0.3), sessions: 240 });
  const loadSeconds = ((performance.now() - loadStarted) / 1000).toFixed(1);

  const session = await login(handle.db, { username: 'giamdoc', password: 'kntc-demo-2026' }, { absoluteTimeoutMs: 3_600_000 });
  if (!session.ok) throw new Error('demo login failed');
  const user = await findSessionUser(handle.db, { token: session.token, idleTimeoutMs: 3_600_000 });
  const caller = createCallerFactory(appRouter)({
    db: handle.db,
    dbKind: handle.kind,
    user,
    requestId: 'bench',
    ipAddress: '127.0.0.1',
    now: () => new Date('2026-12-20T03:00:00Z'),
    secrets: { tracking: Buffer.alloc(32, 1), vault: testVaultKeyring },
  });

  const year = { kind: 'year', year: 2026 } as const;
  const period = reportPeriod('year', 2026, defaultReportCutOffRules);
  const range = { agencyId: DEMO_AGENCY_ID, from: period.from, to: period.to };
  const letterSources = { letters: true, visits: false, sessions: false };
  const receptionSources = { letters: false, visits: true, sessions: true };
  const agency = await getAgencyIssuer(handle.db, DEMO_AGENCY_ID);
  const options = { units: [{ id: DEMO_AGENCY_ID, name: agency.issuer.textName }] };
  const letterCounts = await loadReportRecordCounts(handle.db, { ...range, sources: letterSources });
  const lines = await loadReportRecords(handle.db, range);
  const xld = computeForm(form02Xld, letterCounts, period, options);

  const rows = [
    await measure('`loadReportRecordCounts`, letters (02/XLD)', () => loadReportRecordCounts(handle.db, { ...range, sources: letterSources })),
    await measure('`loadReportRecordCounts`, visits and sessions (01/TCD)', () => loadReportRecordCounts(handle.db, { ...range, sources: receptionSources })),
    await measure('`computeForm` 02/XLD over the grouped records', () => Promise.resolve(computeForm(form02Xld, letterCounts, period, options))),
    await measure('`reports.form` 01/TCD', () => caller.reports.form({ formCode: '01/TCD', period: year })),
    await measure('`reports.form` 02/XLD', () => caller.reports.form({ formCode: '02/XLD', period: year })),
    await measure('`reports.exportXlsx` 01/TCD', () => caller.reports.exportXlsx({ formCode: '01/TCD', period: year })),
    await measure('`reports.exportXlsx` 02/XLD', () => caller.reports.exportXlsx({ formCode: '02/XLD', period: year })),
    await measure('`reports.exportNarrative` (both forms and the cases, .docx)', () => caller.reports.exportNarrative({ year: 2026 })),
    await measure('`loadReportRecords`, line by line (a cell\'s list)', () => loadReportRecords(handle.db, range)),
    await measure('`computeForm` 02/XLD over every line', () => Promise.resolve(computeForm(form02Xld, lines, period, options))),
    await measure('`reports.cell` 02/XLD column 6 (đủ điều kiện, vụ việc), first page of 50', () => caller.reports.cell({ formCode: '02/XLD', period: year, column: 6 })),
    await measure('`reports.cell` 02/XLD column 6, page 900 of 50', () => caller.reports.cell({ formCode: '02/XLD', period: year, column: 6, page: 900, perPage: 50 })),
  ];
  console.log(`\n${handle.kind === 'postgres' ? 'PostgreSQL' : 'PGlite'}: ${counts.letters} letters in report year 2026 (+ ${counts.carriedOver} carried over), ` +
    `${counts.visits} visits, ${counts.sessions} sessions, ${counts.cases} cases; loaded in ${loadSeconds} s; ` +
    `${lines.letters.length} letter lines, grouped into ${letterCounts.letters.length} records; 02/XLD to process ${String(xld.total[0])}; ${RUNS} runs after ${WARM_UP} warm-up\n`);
  console.log('| Step | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|');
  console.log(rows.join('\n'));
  await handle.close();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
