/**
 * Crash test on real PostgreSQL (a private cluster): 200 letters are filed through the HTTP API
 * by 20 clerks at once, every other one also gets its printed receipt, while the open cases are
 * suspended, flagged and resumed; once 80 letters were acknowledged the API process is killed
 * with SIGKILL and restarted (first round), or PostgreSQL is stopped in immediate mode and started
 * again while the same API process goes on serving, with 503s meanwhile (second round). Afterwards:
 *  - every write the API acknowledged is there, as acknowledged;
 *  - no write is half there: each new letter has its registration event and its audit row, each
 *    new receipt its document, event and audit row, and each case moved exactly as many versions
 *    as it has new events and audit rows;
 *  - receipt and document numbers are unique and the new ones run on without gaps from where the
 *    counters stood (a rolled-back number is given out again, never lost or repeated);
 *  - each touched letter's and case's state is the state its timeline ends in;
 *  - `audit:verify` finds the audit log's hash chain sound;
 *  - the API serves again and numbers the next letter after the last one.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { testServerUrl } from '@kntc/db/testing';
import { openCaseStatuses } from '@kntc/domain';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiSecrets, signInHttp, startApi, trpcCall, waitUntil, type ApiProcess, type TrpcAnswer } from './support/api-process.js';
import { privatePostgresUnavailable, startPrivatePostgres, type PrivatePostgres } from './support/private-postgres.js';

const ownProject = process.env.KNTC_TEST_DB === (testServerUrl() ? 'postgres' : 'pglite');
const unavailable = privatePostgresUnavailable();
const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const LETTERS = 200;
/** Clerks filing at once, each a letter and then (every other letter) its receipt, in turn. */
const CLERKS = 20;
/** The crash comes once this many letters were acknowledged: well inside the burst. */
const CRASH_AFTER = 80;
const YEAR = 2026;

type Created = { id: string; version: number; receiptSeq: number; receiptYear: number };
type Acks = {
  letters: Created[];
  receipts: { petitionId: string; documentId: string; number: string }[];
  caseSteps: { caseId: string; version: number; status: string }[];
  /** Status codes of every answer that was not a success (a cut connection counts as 0). */
  failures: number[];
};

type CaseBefore = { version: number; status: string; events: number };
type Baseline = { auditSeq: number; petitionIds: Set<string>; documentIds: Set<string>; cases: Map<string, CaseBefore>; counters: Map<string, number> };

const caseStepActions = ['set_flags', 'suspend', 'resume'];

const letter = (i: number, round: string) => ({
  receivedDate: `${YEAR}-11-20`,
  channel: 'walk_in',
  kind: i % 3 === 0 ? 'recommendation' : 'complaint',
  sender: { fullName: `Người gửi ${round} số ${i}`, address: `${i} Lê Lợi, Huế` },
  summary: `Đơn thử tải ${round} số ${i}`,
  content: 'Nội dung đơn gửi trong đợt thử tải có sự cố giữa chừng.',
});

describe.skipIf(!ownProject || unavailable !== undefined)(`crash consistency${unavailable ? ` (skipped: ${unavailable})` : ''}`, () => {
  let pg: PrivatePostgres;
  let sql: postgres.Sql;
  const secrets = apiSecrets();
  const servers: ApiProcess[] = [];

  const start = async () => {
    const api = await startApi({ DATABASE_URL: pg.url, ...secrets });
    servers.push(api);
    return api;
  };

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    const seeding = await startApi({ DATABASE_URL: pg.url, DEMO_SEED: 'on', ...secrets });
    seeding.child.kill('SIGTERM');
    expect(await seeding.exited).toBe(0);
    sql = postgres(pg.url, { max: 2, onnotice: () => {}, connection: { application_name: 'kntc-test' } });
  });
  afterAll(async () => {
    for (const api of servers) if (api.child.exitCode === null) api.child.kill('SIGKILL');
    await sql?.end({ timeout: 1 });
    await pg?.destroy();
  });

  async function baseline(): Promise<Baseline> {
    const [audit] = await sql`select coalesce(max(seq), 0)::int as seq from audit_log`;
    const petitions = await sql`select id from petitions`;
    const documents = await sql`select id from documents`;
    const cases = await sql`
      select c.id, c.version, c.status, (select count(*)::int from timeline_events t where t.subject_id = c.id and t.action = any(${caseStepActions})) as events
      from cases c where c.status = any(${[...openCaseStatuses, 'suspended']})`;
    const counters = await sql`select agency_id, series, year, value from counters`;
    return {
      auditSeq: audit?.seq as number,
      petitionIds: new Set(petitions.map((r) => r.id as string)),
      documentIds: new Set(documents.map((r) => r.id as string)),
      cases: new Map(cases.map((r) => [r.id as string, { version: r.version as number, status: r.status as string, events: r.events as number }])),
      counters: new Map(counters.map((r) => [`${r.agency_id as string}/${r.series as string}/${r.year as number}`, r.value as number])),
    };
  }

  /** Fires the burst and calls `crash` once CRASH_AFTER letters were acknowledged; returns when every call has answered or failed. */
  async function burst(api: ApiProcess, round: string, base: Baseline, crash: () => Promise<void>): Promise<Acks> {
    const intake = await signInHttp(api.url, 'tiepdan');
    const inspector = await signInHttp(api.url, 'thanhtravien');
    const acks: Acks = { letters: [], receipts: [], caseSteps: [], failures: [] };
    let crashed: Promise<void> | undefined;
    const call = async (cookie: string, procedure: string, input: unknown): Promise<TrpcAnswer | undefined> => {
      try {
        const answer = await trpcCall(api.url, cookie, procedure, input, 'mutation');
        if (answer.status !== 200) acks.failures.push(answer.status);
        return answer.status === 200 ? answer : undefined;
      } catch {
        acks.failures.push(0);
        return undefined;
      }
    };

    const fileLetter = async (i: number) => {
      const created = await call(intake, 'petitions.create', letter(i, round));
      if (!created) return;
      const row = created.body?.result?.data as Created;
      acks.letters.push(row);
      if (acks.letters.length === CRASH_AFTER) crashed = crash();
      if (i % 2 === 0) {
        const receipt = await call(intake, 'petitions.issueReceipt', { id: row.id, version: row.version });
        const data = receipt?.body?.result?.data as { document: { id: string; number: string } } | undefined;
        if (data) acks.receipts.push({ petitionId: row.id, documentId: data.document.id, number: data.document.number });
      }
    };

    // One loop per open case, each step on the version the previous one returned.
    const stepCase = async (caseId: string, { version, status }: CaseBefore) => {
      for (let step = 0; step < 60; step++) {
        const [procedure, input] =
          status === 'suspended'
            ? ['cases.resume', { id: caseId, version, note: 'Tiếp tục giải quyết sau khi có kết quả giám định.' }]
            : step % 2 === 0
              ? ['cases.setFlags', { id: caseId, version, isComplex: step % 4 === 0, isRemote: false }]
              : ['cases.suspend', { id: caseId, version, reason: 'Chờ kết quả giám định của cơ quan chuyên môn.' }];
        const answer = await call(inspector, procedure, input);
        const data = answer?.body?.result?.data as { version: number; status: string } | undefined;
        if (data) {
          acks.caseSteps.push({ caseId, version: data.version, status: data.status });
          version = data.version;
          status = data.status;
        } else {
          break;
        }
      }
    };

    await Promise.all([
      ...Array.from({ length: CLERKS }, async (_, clerk) => {
        for (let i = clerk; i < LETTERS; i += CLERKS) await fileLetter(i);
      }),
      ...[...base.cases].map(([id, before]) => stepCase(id, before)),
    ]);
    await crashed;
    return acks;
  }

  async function verify(base: Baseline, acks: Acks) {
    // Acknowledged letters are there, with the number they were given.
    const letters = await sql`select id, status, receipt_year, receipt_seq, tracking_code_hash from petitions where id = any(${acks.letters.map((l) => l.id)})`;
    const byId = new Map(letters.map((r) => [r.id as string, r]));
    for (const l of acks.letters) {
      expect(byId.get(l.id), `acknowledged letter ${l.id}`).toBeDefined();
      expect(byId.get(l.id)?.receipt_seq).toBe(l.receiptSeq);
    }
    const documents = await sql`select id, subject_id, symbol, year, seq from documents where id = any(${acks.receipts.map((r) => r.documentId)})`;
    expect(documents.length, 'acknowledged receipts').toBe(acks.receipts.length);
    for (const r of acks.receipts) expect(byId.get(r.petitionId)?.tracking_code_hash, `tracking code of ${r.petitionId}`).toBeTruthy();

    // Nothing half-written: each new letter has its registration, its audit row and its number.
    const newLetters = (await sql`select id, receipt_seq from petitions`).filter((r) => !base.petitionIds.has(r.id as string));
    const newIds = newLetters.map((r) => r.id as string);
    expect(newLetters.every((r) => r.receipt_seq !== null)).toBe(true);
    const registered = await sql`select subject_id, count(*)::int as n from timeline_events where subject_type = 'petition' and action = 'register' and subject_id = any(${newIds}) group by 1`;
    expect(registered.length).toBe(newIds.length);
    expect(registered.every((r) => r.n === 1)).toBe(true);
    const audited = await sql`select entity_id from audit_log where seq > ${base.auditSeq} and action = 'petitions.create'`;
    expect(audited.map((r) => r.entity_id as string).sort()).toEqual([...newIds].sort());

    const newDocuments = (await sql`select id, subject_id from documents`).filter((r) => !base.documentIds.has(r.id as string));
    const receiptEvents = await sql`select payload->>'documentId' as document_id from timeline_events where action = 'receipt_issued' and subject_id = any(${newIds})`;
    expect(receiptEvents.map((r) => r.document_id as string).sort()).toEqual(newDocuments.map((r) => r.id as string).sort());
    const [receiptAudits] = await sql`select count(*)::int as n from audit_log where seq > ${base.auditSeq} and action = 'petitions.issueReceipt'`;
    expect(receiptAudits?.n).toBe(newDocuments.length);
    const [receiptedLetters] = await sql`select count(*)::int as n from petitions where id = any(${newIds}) and tracking_code_hash is not null`;
    expect(receiptedLetters?.n).toBe(newDocuments.length);

    // Each case moved one version per step, and each step left one event and one audit row.
    for (const [caseId, before] of base.cases) {
      const [row] = await sql`select version, status from cases where id = ${caseId}`;
      const steps = (row?.version as number) - before.version;
      const acked = acks.caseSteps.filter((s) => s.caseId === caseId);
      expect(steps).toBeGreaterThanOrEqual(acked.length);
      const [events] = await sql`select count(*)::int as n from timeline_events where subject_type = 'case' and subject_id = ${caseId} and action = any(${caseStepActions})`;
      const [audits] = await sql`select count(*)::int as n from audit_log where seq > ${base.auditSeq} and action in ('cases.setFlags', 'cases.suspend', 'cases.resume') and entity_id = ${caseId}`;
      expect({ caseId, events: (events?.n as number) - before.events, audits: audits?.n }).toEqual({ caseId, events: steps, audits: steps });
      if (acked.length > 0) expect(row?.version).toBeGreaterThanOrEqual(acked[acked.length - 1]?.version ?? 0);
    }

    // Timelines end in the state each touched letter and case is in.
    const touched = [...newIds, ...base.cases.keys()];
    const mismatched = await sql`
      select s.id, s.status, last.to_state from (
        select id, status from petitions where id = any(${touched})
        union all select id, status from cases where id = any(${touched})
      ) s
      left join lateral (
        -- Events of one transaction share their time; each step here writes one event per subject.
        select to_state from timeline_events t where t.subject_id = s.id and t.to_state is not null order by t.at desc limit 1
      ) last on true
      where last.to_state is distinct from s.status`;
    expect(mismatched).toEqual([]);

    // Numbers: unique, and the new ones continue the series without a gap.
    const [dupReceipts] = await sql`select count(*)::int as n from (select 1 from petitions where receipt_seq is not null group by agency_id, receipt_year, receipt_seq, split_index having count(*) > 1) d`;
    const [dupDocuments] = await sql`select count(*)::int as n from (select 1 from documents group by agency_id, symbol, year, seq having count(*) > 1) d`;
    expect({ dupReceipts: dupReceipts?.n, dupDocuments: dupDocuments?.n }).toEqual({ dupReceipts: 0, dupDocuments: 0 });
    for (const counter of await sql`select agency_id, series, year, value from counters where series = 'petition.receipt' or series like 'document:%'`) {
      const key = `${counter.agency_id as string}/${counter.series as string}/${counter.year as number}`;
      const from = base.counters.get(key) ?? 0;
      const seqs =
        counter.series === 'petition.receipt'
          ? await sql`select distinct receipt_seq as seq from petitions where agency_id = ${counter.agency_id} and receipt_year = ${counter.year} and receipt_seq > ${from} order by 1`
          : await sql`select seq from documents where agency_id = ${counter.agency_id} and symbol = ${(counter.series as string).slice('document:'.length)} and year = ${counter.year} and seq > ${from} order by 1`;
      const expected = Array.from({ length: (counter.value as number) - from }, (_, i) => from + i + 1);
      expect({ key, seqs: seqs.map((r) => r.seq as number) }).toEqual({ key, seqs: expected });
    }

    // The audit log's hash chain holds, as `pnpm audit:verify` sees it.
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/audit-verify.ts', '--json'], {
      cwd: apiDir,
      env: { PATH: process.env.PATH ?? '', DATABASE_URL: pg.url },
    });
    expect(JSON.parse(stdout)).toMatchObject({ ok: true, broken: null });
  }

  /** After the checks, the same database takes a new letter and gives it the next number. */
  async function servesAgain(api: ApiProcess) {
    const cookie = await signInHttp(api.url, 'tiepdan');
    const [counter] = await sql`select value from counters where series = 'petition.receipt' and year = ${YEAR}`;
    const next = await trpcCall(api.url, cookie, 'petitions.create', letter(9999, 'sau sự cố'), 'mutation');
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect((next.body?.result?.data as Created).receiptSeq).toBe((counter?.value as number) + 1);
  }

  it('keeps every acknowledged write and no half-written one when the API is killed mid-burst', { timeout: 150_000 }, async () => {
    const api = await start();
    const base = await baseline();
    const acks = await burst(api, 'vòng 1', base, async () => {
      api.child.kill('SIGKILL');
      await api.exited;
    });
    // The crash came mid-burst: some writes were acknowledged, some were cut off.
    expect(acks.letters.length).toBeGreaterThanOrEqual(CRASH_AFTER);
    expect(acks.letters.length).toBeLessThan(LETTERS);
    expect(acks.failures.length).toBeGreaterThan(0);
    const restarted = await start();
    await verify(base, acks);
    await servesAgain(restarted);
    restarted.child.kill('SIGTERM');
    expect(await restarted.exited).toBe(0);
  });

  it('keeps every acknowledged write and no half-written one when PostgreSQL stops in immediate mode mid-burst', { timeout: 150_000 }, async () => {
    const api = await start();
    const base = await baseline();
    // A crash and restart of the database while the burst goes on, as a failover would be.
    const acks = await burst(api, 'vòng 2', base, async () => {
      await pg.stop('immediate');
      await new Promise((r) => setTimeout(r, 500));
      await pg.start();
    });
    expect(acks.letters.length).toBeGreaterThanOrEqual(CRASH_AFTER);
    // The API outlived its database, and answered every call cut off by it with a 503 the client may retry (never a 500).
    expect(api.child.exitCode, api.output().slice(-3000)).toBeNull();
    expect(acks.failures.length).toBeGreaterThan(0);
    expect(acks.failures.filter((s) => s !== 503 && s !== 409)).toEqual([]);
    // The same API process recovers by itself.
    await waitUntil('health back to 200', async () => (await fetch(`${api.url}/healthz`)).status === 200, 20_000);
    expect(api.child.exitCode).toBeNull();
    await verify(base, acks);
    await servesAgain(api);
  });
});
