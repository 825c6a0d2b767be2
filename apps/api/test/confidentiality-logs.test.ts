import { randomBytes } from 'node:crypto';
import { seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { makeCanary, needlesIn } from '@kntc/api/testing/canary';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { createLogger } from '../src/logger.js';
import { dataOf, signedInCookie, trpcMutation, trpcQuery } from './support/auth-http.js';

/**
 * The canary test's log half: a denunciation with a unique denouncer goes through the real HTTP
 * host at the most verbose log level, with every way it could reach a log line tried (searches,
 * invalid input, a refused reveal, an authorised one, a sealed download); the captured log holds
 * none of its details, while the authorised reveal's answer holds them all.
 */
const canary = makeCanary('Canary');
const lines: string[] = [];
let handle: DbHandle;
let app: FastifyInstance;

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'trace', PGLITE_DIR: ':memory:' });
  const logger = createLogger(env, { write: (line: string) => void lines.push(line) });
  app = await buildApp(handle, env, logger, { tracking: randomBytes(32), vault: testVaultKeyring });
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('canary in the logs', () => {
  it('leaves no trace of a denouncer in any log line, at trace level', async () => {
    const intake = await signedInCookie(app, 'tiepdan');
    const inspector = await signedInCookie(app, 'thanhtravien');
    const d = canary.identity;
    const letter = {
      receivedDate: '2026-11-10',
      channel: 'walk_in',
      kind: 'denunciation',
      sender: d,
      summary: 'Tố cáo cán bộ nhận tiền xét tuyển',
      content: `Tôi là ${d.fullName}, CCCD ${d.idNumber}, điện thoại ${d.phone}.`,
    };
    // Invalid input carrying the identity: refused, and the refusal logged without it.
    const invalid = await trpcMutation(app, intake, 'petitions.create', { ...letter, sender: { ...d, phone: `${d.phone}-sai` } });
    expect(invalid.statusCode).toBe(400);
    const created = dataOf<{ id: string; version: number; sender: { fullName: string } }>(await trpcMutation(app, intake, 'petitions.create', letter));
    expect(created.sender.fullName).toBe('Người tố cáo A');
    for (const q of [d.fullName, d.idNumber, d.email]) {
      expect((await trpcQuery(app, inspector, 'petitions.list', { pagination: { page: 1, perPage: 10 }, filter: { q } })).statusCode).toBe(200);
    }
    await trpcQuery(app, intake, 'petitions.suggestDuplicates', { sender: { fullName: d.fullName, address: d.address, idNumber: d.idNumber }, summary: letter.summary });
    dataOf(await trpcMutation(app, intake, 'petitions.issueReceipt', { id: created.id, version: created.version }));
    const [receipt] = dataOf<{ id: string; isSealed: boolean }[]>(await trpcQuery(app, intake, 'documents.list', { subjectType: 'petition', subjectId: created.id }));
    expect(receipt?.isSealed).toBe(true);
    // The sealed receipt does not download as a plain file, even for those who may reveal.
    expect((await app.inject({ method: 'GET', url: `/api/documents/${receipt?.id}`, headers: { cookie: intake } })).statusCode).toBe(403);
    expect((await trpcMutation(app, inspector, 'identities.reveal', { petitionId: created.id, reason: 'Muốn biết ai đã tố cáo' })).statusCode).toBe(403);
    const revealed = await trpcMutation(app, intake, 'identities.reveal', { petitionId: created.id, reason: 'Cần liên hệ để hẹn làm việc' });
    for (const value of Object.values(d)) expect(revealed.body).toContain(value);
    expect(dataOf<{ contentBase64: string }>(await trpcMutation(app, intake, 'identities.openDocument', { documentId: receipt?.id, reason: 'In lại giấy biên nhận' })).contentBase64.length).toBeGreaterThan(1000);

    const log = lines.join('');
    expect(lines.length).toBeGreaterThan(20);
    // The log did record these requests (so it was listening), just not the identity.
    expect(log).toContain('/trpc/identities.reveal');
    expect(log).toContain('/trpc/petitions.list');
    expect(needlesIn(log, canary.needles)).toEqual([]);
  });
});
