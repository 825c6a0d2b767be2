import { DEMO_AGENCY_ID, issueDocument, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { guidance } from '@kntc/documents';
import { readDocx } from '@kntc/documents/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';

let handle: DbHandle;
let app: FastifyInstance;
let documentId = '';

beforeAll(async () => {
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', PGLITE_DIR: ':memory:' }));
  const issued = await issueDocument(handle.db, {
    agencyId: DEMO_AGENCY_ID,
    userId: null,
    subjectType: 'petition',
    subjectId: '00000000-0000-4000-8000-000000000001',
    kind: 'guidance',
    date: '2026-11-30',
    build: (c) =>
      guidance({
        ...c,
        signer: { authority: 'TL. GIÁM ĐỐC', title: 'CHÁNH THANH TRA', name: 'Phạm Văn Dũng' },
        kind: 'complaint',
        sender: { salutation: 'bà', name: 'Lò Thị Tải Về', address: 'Đăk Glei' },
        receivedDate: '2026-11-27',
        summary: 'Khiếu nại việc thu hồi đất',
        competentBody: 'Chủ tịch UBND huyện Đăk Glei',
      }),
  });
  documentId = issued.id;
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

async function cookieFor(username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'kntc-demo-2026' } });
  return `kntc_session=${res.cookies.find((c) => c.name === 'kntc_session')?.value ?? ''}`;
}

describe('document download', () => {
  it('serves the issued .docx as an attachment with a Vietnamese file name', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/documents/${documentId}`, headers: { cookie: await cookieFor('thanhtravien') } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="phieu-huong-dan[^"]*\.docx"; filename\*=UTF-8''/);
    expect(res.headers['cache-control']).toBe('no-store');
    const { text } = await readDocx(res.rawPayload);
    expect(text).toContain('Lò Thị Tải Về');
  });

  it('refuses without a session, to roles without letter access, and for unknown ids', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/documents/${documentId}` })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: `/api/documents/${documentId}`, headers: { cookie: await cookieFor('vanthu') } })).statusCode).toBe(403);
    const cookie = await cookieFor('kiemtra');
    expect((await app.inject({ method: 'GET', url: '/api/documents/00000000-0000-4000-8000-000000000009', headers: { cookie } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/documents/khong-phai-ma', headers: { cookie } })).statusCode).toBe(404);
  });
});
