import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { dataOf, signedInCookie, trpcMutation, trpcQuery } from './support/auth-http.js';

let storageDir: string;
let handle: DbHandle;
let app: FastifyInstance;
let itemId = '';

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'kntc-evidence-'));
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FILES_DIR: storageDir }));
  const [item] = await handle.db
    .select({ id: schema.planItems.id })
    .from(schema.planItems)
    .innerJoin(schema.annualPlans, eq(schema.annualPlans.id, schema.planItems.planId))
    .where(and(eq(schema.annualPlans.year, 2024), eq(schema.planItems.code, '3')));
  itemId = item?.id ?? '';
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(storageDir, { recursive: true, force: true });
});

const pdf = Buffer.from('%PDF-1.4\n% bien ban ban giao thiet bi\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function upload(cookie: string, subjectId: string) {
  const form = new FormData();
  form.append('subjectType', 'plan_item');
  form.append('subjectId', subjectId);
  form.append('description', 'Biên bản bàn giao thiết bị truy cập Cơ sở dữ liệu quốc gia');
  form.append('file', new Blob([pdf], { type: 'application/pdf' }), 'Biên bản bàn giao.pdf');
  const response = new Response(form);
  return app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { 'content-type': response.headers.get('content-type') ?? '', cookie },
    payload: Buffer.from(await response.arrayBuffer()),
  });
}

type Evidence = { id: string; originalName: string; description: string | null; uploadedByName: string | null };

describe('evidence documents of a plan item', () => {
  it('the administration office attaches and downloads them under the plan\'s permissions; officials without plan access cannot', async () => {
    const clerk = await signedInCookie(app, 'vanthu');
    const res = await upload(clerk, itemId);
    expect(res.statusCode, res.body).toBe(201);
    const attached = res.json<Evidence>();
    expect(attached).toMatchObject({ originalName: 'Biên bản bàn giao.pdf', uploadedByName: 'Đỗ Thị Hoa' });

    const item = dataOf<{ evidence: Evidence[] }>(await trpcQuery(app, clerk, 'planItems.getOne', { id: itemId }));
    expect(item.evidence.map((e) => [e.id, e.description])).toEqual([[attached.id, 'Biên bản bàn giao thiết bị truy cập Cơ sở dữ liệu quốc gia']]);
    const download = await app.inject({ method: 'GET', url: `/api/files/${attached.id}`, headers: { cookie: clerk } });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    // Leaders read the plan; the reception officer has attachments of letters but no plan.
    const director = await signedInCookie(app, 'giamdoc');
    expect((await app.inject({ method: 'GET', url: `/api/files/${attached.id}`, headers: { cookie: director } })).statusCode).toBe(200);
    const officer = await signedInCookie(app, 'tiepdan');
    expect((await app.inject({ method: 'GET', url: `/api/files/${attached.id}`, headers: { cookie: officer } })).statusCode).toBe(403);
    expect((await upload(officer, itemId)).statusCode).toBe(403);
    // The auditor reads the plan but writes nothing.
    const auditor = await signedInCookie(app, 'kiemtra');
    expect((await upload(auditor, itemId)).statusCode).toBe(403);
    // An unknown plan item is not found.
    expect((await upload(clerk, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);

    const removed = await trpcMutation(app, clerk, 'planItems.removeEvidence', { id: attached.id });
    expect(dataOf<Evidence>(removed).id).toBe(attached.id);
    expect(dataOf<{ evidence: Evidence[] }>(await trpcQuery(app, clerk, 'planItems.getOne', { id: itemId })).evidence).toEqual([]);
    expect((await app.inject({ method: 'GET', url: `/api/files/${attached.id}`, headers: { cookie: clerk } })).statusCode).toBe(404);
  });
});
