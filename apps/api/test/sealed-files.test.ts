import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { schema, seedDemo, type DbHandle } from '@kntc/db';
import { createTestDb, testVaultKeyring } from '@kntc/db/testing';
import { desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { parseEnv } from '../src/env.js';
import { dataOf, signedInCookie, trpcMutation } from './support/auth-http.js';

let storageDir: string;
let handle: DbHandle;
let app: FastifyInstance;

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'kntc-sealed-'));
  handle = await createTestDb();
  await seedDemo(handle.db);
  const env = parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FILES_DIR: storageDir });
  app = await buildApp(handle, env, undefined, { tracking: randomBytes(32), vault: testVaultKeyring });
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(storageDir, { recursive: true, force: true });
});

const handwriting = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

async function upload(cookie: string, subjectId: string, bytes: Buffer, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append('subjectType', 'petition');
  form.append('subjectId', subjectId);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'ban-chup-don.pdf');
  const response = new Response(form);
  return app.inject({
    method: 'POST',
    url: '/api/files',
    headers: { cookie, 'content-type': response.headers.get('content-type') ?? '' },
    payload: Buffer.from(await response.arrayBuffer()),
  });
}

async function storedBlobs(dir = storageDir): Promise<Buffer[]> {
  const out: Buffer[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await storedBlobs(full)));
    else out.push(await readFile(full));
  }
  return out;
}

const letter = (kind: 'denunciation' | 'complaint', name: string) => ({
  receivedDate: '2026-11-10',
  channel: 'post',
  kind,
  sender: { fullName: name, address: 'Thôn 2, xã Hòa Bình' },
  summary: 'Đơn có bản chụp viết tay',
  content: 'Nội dung.',
});

describe('scans that show a protected sender', () => {
  it('are stored sealed, refused as plain downloads, and opened only with the right and a reason', async () => {
    const intake = await signedInCookie(app, 'tiepdan');
    const inspector = await signedInCookie(app, 'thanhtravien');
    const p = dataOf<{ id: string }>(await trpcMutation(app, intake, 'petitions.create', letter('denunciation', 'Mai Thị Chữ Viết')));
    const bytes = handwriting('Chu ky tay cua Mai Thi Chu Viet 0905123123');
    const res = await upload(intake, p.id, bytes);
    expect(res.statusCode, res.body).toBe(201);
    const record = res.json<{ id: string; containsIdentity: boolean }>();
    expect(record.containsIdentity).toBe(true);
    // On disk only ciphertext: the files folder and its backups show nothing.
    expect((await storedBlobs()).some((b) => b.includes(Buffer.from('Mai Thi Chu Viet')))).toBe(false);
    expect((await app.inject({ method: 'GET', url: `/api/files/${record.id}`, headers: { cookie: intake } })).statusCode).toBe(403);
    const reveal = (cookie: string, reason: string) =>
      app.inject({ method: 'POST', url: `/api/files/${record.id}/reveal`, headers: { cookie, 'content-type': 'application/json' }, payload: JSON.stringify({ reason }) });
    expect((await reveal(inspector, 'Xem chữ viết để đối chiếu')).statusCode).toBe(403);
    const short = await reveal(intake, 'xem');
    expect(short.statusCode).toBe(400);
    expect(short.json().fieldErrors.reason).toBe('Lý do xem danh tính phải có ít nhất 10 ký tự.');
    const opened = await reveal(intake, 'Đối chiếu chữ ký với đơn trước');
    expect(opened.statusCode).toBe(200);
    expect(opened.rawPayload.equals(bytes)).toBe(true);
    expect(opened.headers['cache-control']).toBe('no-store');
    const [row] = await handle.db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.seq)).limit(1);
    expect(row).toMatchObject({ action: 'attachments.reveal', entity: 'attachments', entityId: record.id, note: 'Đối chiếu chữ ký với đơn trước', actorRole: 'reception_officer' });
  });

  it('stay plain for an unprotected letter unless marked', async () => {
    const intake = await signedInCookie(app, 'tiepdan');
    const p = dataOf<{ id: string }>(await trpcMutation(app, intake, 'petitions.create', letter('complaint', 'Lê Văn Công Khai')));
    const plain = await upload(intake, p.id, handwriting('mot'));
    expect(plain.json().containsIdentity).toBe(false);
    expect((await app.inject({ method: 'GET', url: `/api/files/${plain.json().id}`, headers: { cookie: intake } })).statusCode).toBe(200);
    const marked = await upload(intake, p.id, handwriting('hai'), { containsIdentity: 'true' });
    expect(marked.json().containsIdentity).toBe(true);
    const [stored] = await handle.db.select().from(schema.attachments).where(eq(schema.attachments.id, marked.json().id));
    expect(stored?.containsIdentity).toBe(true);
  });
});
