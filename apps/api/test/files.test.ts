import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createPetition, schema, seedDemo, type Db, type DbHandle } from '@kntc/db';
import { createTestDb } from '@kntc/db/testing';
import { PetitionCreateSchema } from '@kntc/domain';
import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { filesDir, isServedPath, parseEnv, servedFolders } from '../src/env.js';
import { zipBytes } from '../src/storage/testing/zip-fixture.js';

const MAX_BYTES = 64 * 1024;
let storageDir: string;
let handle: DbHandle;
let app: FastifyInstance;
let agencyId: string;
let petitionId: string;
let foreignPetitionId: string;

const testEnv = () => parseEnv({ NODE_ENV: 'test', LOG_LEVEL: 'silent', FILES_DIR: storageDir, FILE_MAX_BYTES: String(MAX_BYTES) });

beforeAll(async () => {
  storageDir = await mkdtemp(path.join(tmpdir(), 'kntc-files-'));
  handle = await createTestDb();
  await seedDemo(handle.db);
  app = await buildApp(handle, testEnv());
  const [user] = await handle.db.select({ agencyId: schema.users.agencyId }).from(schema.users).where(eq(schema.users.username, 'tiepdan'));
  if (!user) throw new Error('demo users missing');
  agencyId = user.agencyId;
  const [petition] = await handle.db.select({ id: schema.petitions.id }).from(schema.petitions).where(eq(schema.petitions.agencyId, agencyId)).limit(1);
  if (!petition) throw new Error('demo petitions missing');
  petitionId = petition.id;
  const [other] = await handle.db
    .insert(schema.agencies)
    .values({ code: 'SNV-GL', name: 'Sở Nội vụ tỉnh Gia Lai', shortName: 'SNV', province: 'Gia Lai', documentPlace: 'Gia Lai' })
    .returning({ id: schema.agencies.id });
  if (!other) throw new Error('agency insert');
  const foreign = await createPetition(handle.db, {
    agencyId: other.id,
    userId: null,
    today: '2026-11-30',
    input: PetitionCreateSchema.parse({
      receivedDate: '2026-11-02',
      channel: 'post',
      kind: 'complaint',
      sender: { fullName: 'Rơ Châm Thử', address: 'Pleiku, Gia Lai' },
      summary: 'Đơn của tỉnh khác',
      content: 'Nội dung.',
    }),
  });
  foreignPetitionId = foreign.id;
});
afterAll(async () => {
  await app.close();
  await handle.close();
  await rm(storageDir, { recursive: true, force: true });
});

let nextAddress = 1;
async function loginCookie(username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'kntc-demo-2026' }, remoteAddress: `192.0.2.${nextAddress++}` });
  expect(res.statusCode).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'kntc_session');
  if (!cookie) throw new Error('no session cookie');
  return `kntc_session=${cookie.value}`;
}

// ---- fixtures -------------------------------------------------------------------------

const pdfBytes = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
const pngBytes = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR not really an image')]);

const docxBytes = zipBytes([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: '_rels/.rels', data: '<Relationships/>' },
  { name: 'word/document.xml', data: '<w:document/>' },
]);
const xlsxBytes = zipBytes([
  { name: '[Content_Types].xml', data: '<Types/>' },
  { name: 'xl/workbook.xml', data: '<workbook/>' },
]);
const odtBytes = zipBytes([
  { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
  { name: 'content.xml', data: '<office:document-content/>' },
  { name: 'META-INF/manifest.xml', data: '<manifest/>' },
]);

type Upload = { fields?: Record<string, string>; file?: { name: string; type: string; bytes: Uint8Array }; fileFirst?: boolean };

/** A real multipart body, serialised the way a browser's FormData is. */
async function multipart({ fields = {}, file, fileFirst = false }: Upload) {
  const form = new FormData();
  const appendFile = () => file && form.append('file', new Blob([file.bytes], { type: file.type }), file.name);
  if (fileFirst) appendFile();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  if (!fileFirst) appendFile();
  const response = new Response(form);
  return { payload: Buffer.from(await response.arrayBuffer()), contentType: response.headers.get('content-type') ?? '' };
}

async function upload(cookie: string | null, body: Upload) {
  const { payload, contentType } = await multipart(body);
  return app.inject({ method: 'POST', url: '/api/files', headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, payload });
}

const toPetition = (extra: Record<string, string> = {}) => ({ subjectType: 'petition', subjectId: petitionId, ...extra });

// ---- what is left on disk and in the database ------------------------------------------

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))),
  );
  return nested.flat();
}
const blobs = async () => (await walk(storageDir)).filter((f) => !f.includes(`${path.sep}.incoming${path.sep}`));
const incoming = async () => walk(path.join(storageDir, '.incoming'));
const attachmentCount = async () => (await handle.db.select({ n: count() }).from(schema.attachments))[0]?.n ?? 0;
const fileRowCount = async () => (await handle.db.select({ n: count() }).from(schema.files))[0]?.n ?? 0;

async function snapshot() {
  return { blobs: (await blobs()).length, attachments: await attachmentCount(), files: await fileRowCount() };
}
async function expectNothingLeftBehind(before: Awaited<ReturnType<typeof snapshot>>) {
  expect(await snapshot()).toEqual(before);
  expect(await incoming()).toEqual([]);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// ---- tests ------------------------------------------------------------------------------

describe('upload and download', () => {
  it('gives back the same bytes under the Vietnamese name, as a download that is never sniffed or cached', async () => {
    const cookie = await loginCookie('tiepdan');
    const bytes = pdfBytes('don khieu nai');
    const name = 'Đơn khiếu nại (bản quét) – Nguyễn Văn Ánh.pdf';
    const res = await upload(cookie, { fields: toPetition({ description: '  Bản quét đơn gốc  ' }), file: { name, type: 'application/pdf', bytes } });
    expect(res.statusCode).toBe(201);
    const record = res.json();
    expect(record).toEqual({
      id: expect.any(String),
      subjectType: 'petition',
      subjectId: petitionId,
      originalName: name,
      description: 'Bản quét đơn gốc',
      containsIdentity: false,
      size: bytes.length,
      mimeType: 'application/pdf',
      sha256: sha256(bytes),
      createdAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      uploadedByName: 'Y Blưu Niê',
    });
    // Content-addressed, two levels of fan-out, nothing named after the user's file.
    const hash = sha256(bytes);
    expect(await blobs()).toContain(path.join(storageDir, hash.slice(0, 2), hash.slice(2, 4), hash));

    const download = await app.inject({ method: 'GET', url: `/api/files/${record.id}`, headers: { cookie } });
    expect(download.statusCode).toBe(200);
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(bytes.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['cache-control']).toBe('no-store');
    const disposition = String(download.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment;/);
    expect(disposition).toContain('filename="Don khieu nai (ban quet) _ Nguyen Van Anh.pdf"');
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(name);
    expect(encoded).not.toMatch(/[()'*\s]/);
  });

  it('an auditor may download but not upload', async () => {
    const writer = await loginCookie('thanhtravien');
    const created = await upload(writer, { fields: toPetition(), file: { name: 'bien-ban.pdf', type: 'application/pdf', bytes: pdfBytes('auditor') } });
    expect(created.statusCode).toBe(201);
    const auditor = await loginCookie('kiemtra');
    expect((await app.inject({ method: 'GET', url: `/api/files/${created.json().id}`, headers: { cookie: auditor } })).statusCode).toBe(200);
    const refused = await upload(auditor, { fields: toPetition(), file: { name: 'x.pdf', type: 'application/pdf', bytes: pdfBytes('auditor upload') } });
    expect(refused.statusCode).toBe(403);
  });

  it('stores the same content once however often it is attached, even at the same moment', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const bytes = pdfBytes('cùng một bản quét');
    const send = (name: string) => upload(cookie, { fields: toPetition(), file: { name, type: 'application/pdf', bytes } });
    const [a, b] = await Promise.all([send('Bản 1.pdf'), send('Bản 2.pdf')]);
    const c = await send('Bản 3.pdf');
    expect([a.statusCode, b.statusCode, c.statusCode]).toEqual([201, 201, 201]);
    const ids = new Set([a.json().id, b.json().id, c.json().id]);
    expect(ids.size).toBe(3);
    expect(new Set([a.json().sha256, b.json().sha256, c.json().sha256])).toEqual(new Set([sha256(bytes)]));
    expect(await snapshot()).toEqual({ blobs: before.blobs + 1, attachments: before.attachments + 3, files: before.files + 1 });
    expect(await incoming()).toEqual([]);
  });

  it('accepts the file before the other fields, and office formats whose archive holds the right parts', async () => {
    const cookie = await loginCookie('thanhtravien');
    const docx = await upload(cookie, { fileFirst: true, fields: toPetition(), file: { name: 'Tường trình.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: docxBytes } });
    expect(docx.statusCode).toBe(201);
    expect(docx.json().mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    // Some browsers send octet-stream for office files; the extension and the content then decide.
    const xlsx = await upload(cookie, { fields: toPetition(), file: { name: 'Bảng kê.xlsx', type: 'application/octet-stream', bytes: xlsxBytes } });
    expect(xlsx.statusCode).toBe(201);
    expect(xlsx.json().mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const odt = await upload(cookie, { fields: toPetition(), file: { name: 'Biên bản.odt', type: 'application/vnd.oasis.opendocument.text', bytes: odtBytes } });
    expect(odt.statusCode).toBe(201);
    const jpeg = await upload(cookie, { fields: toPetition(), file: { name: 'ảnh.JPG', type: 'image/jpeg', bytes: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) } });
    expect(jpeg.statusCode).toBe(201);
    const tiff = await upload(cookie, { fields: toPetition(), file: { name: 'scan.tif', type: 'image/tiff', bytes: Buffer.from('MM\0*\0\0\0\x08') } });
    expect(tiff.statusCode).toBe(201);
  });
});

describe('refused uploads leave nothing behind', () => {
  it('a PNG declared as a PDF', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const res = await upload(cookie, { fields: toPetition(), file: { name: 'don.pdf', type: 'application/pdf', bytes: pngBytes } });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toBe('Nội dung tệp không khớp với định dạng PDF.');
    await expectNothingLeftBehind(before);
  });

  it('a spreadsheet renamed to .docx, and a type that contradicts the extension', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const renamed = await upload(cookie, { fields: toPetition(), file: { name: 'to-trinh.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: xlsxBytes } });
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().message).toBe('Nội dung tệp không khớp với định dạng DOCX.');
    const contradicted = await upload(cookie, { fields: toPetition(), file: { name: 'anh.png', type: 'application/pdf', bytes: pngBytes } });
    expect(contradicted.statusCode).toBe(400);
    expect(contradicted.json().message).toContain('không khớp với định dạng PNG');
    await expectNothingLeftBehind(before);
  });

  it('a type outside the list', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const res = await upload(cookie, { fields: toPetition(), file: { name: 'trang.html', type: 'text/html', bytes: Buffer.from('<script>alert(1)</script>') } });
    expect(res.statusCode).toBe(415);
    expect(res.json().message).toBe('Định dạng tệp không được hỗ trợ. Chỉ nhận các tệp PDF, JPEG, PNG, TIFF, DOCX, DOC, XLSX, ODT.');
    await expectNothingLeftBehind(before);
  });

  it('a file over the size limit, with the limit in the message', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const big = Buffer.concat([pdfBytes('lớn'), Buffer.alloc(MAX_BYTES, 0x20)]);
    const res = await upload(cookie, { fields: toPetition(), file: { name: 'lon.pdf', type: 'application/pdf', bytes: big } });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('Tệp vượt quá dung lượng cho phép (tối đa 64 KB).');
    await expectNothingLeftBehind(before);
    // Exactly at the limit is allowed.
    const atLimit = Buffer.concat([pdfBytes('vừa'), Buffer.alloc(MAX_BYTES - pdfBytes('vừa').length, 0x20)]);
    expect((await upload(cookie, { fields: toPetition(), file: { name: 'vua.pdf', type: 'application/pdf', bytes: atLimit } })).statusCode).toBe(201);
  });

  it('an empty file, a missing file and bad fields', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const empty = await upload(cookie, { fields: toPetition(), file: { name: 'rong.pdf', type: 'application/pdf', bytes: new Uint8Array() } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().message).toBe('Tệp tải lên đang rỗng.');
    const missing = await upload(cookie, { fields: toPetition() });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fieldErrors).toEqual({ file: 'Hãy chọn tệp cần tải lên.' });
    const badFields = await upload(cookie, { fields: { subjectType: 'person', subjectId: 'khong-phai-uuid', extra: 'x' }, file: { name: 'a.pdf', type: 'application/pdf', bytes: pdfBytes('a') } });
    expect(badFields.statusCode).toBe(400);
    expect(Object.keys(badFields.json().fieldErrors).sort()).toEqual(['root', 'subjectId', 'subjectType']);
    const json = await app.inject({ method: 'POST', url: '/api/files', headers: { cookie, 'content-type': 'application/json' }, payload: { subjectType: 'petition' } });
    expect(json.statusCode).toBe(415);
    await expectNothingLeftBehind(before);
  });

  it('a malformed or cut-off multipart body: 400, not a server error', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const noBoundary = await app.inject({ method: 'POST', url: '/api/files', headers: { cookie, 'content-type': 'multipart/form-data' }, payload: 'x' });
    expect(noBoundary.statusCode).toBe(400);
    const { payload, contentType } = await multipart({ fields: toPetition(), file: { name: 'cut.pdf', type: 'application/pdf', bytes: pdfBytes('cắt ngang') } });
    const cut = await app.inject({ method: 'POST', url: '/api/files', headers: { cookie, 'content-type': contentType }, payload: payload.subarray(0, payload.length - 60) });
    expect(cut.statusCode).toBe(400);
    expect(cut.json().message).toBe('Dữ liệu tải lên không hợp lệ hoặc bị gián đoạn. Vui lòng gửi lại tệp.');
    await expectNothingLeftBehind(before);
  });

  it('a failed database write removes the blob it had just stored', async () => {
    const before = await snapshot();
    // Signing in writes in a transaction too (its audit row): the failure is armed after it.
    let failures = 0;
    const failingTransaction: Db['transaction'] = (run, config) =>
      handle.db.transaction(async (tx) => {
        const result = await run(tx);
        if (failures-- > 0) throw new Error('simulated failure at commit');
        return result;
      }, config);
    const db = new Proxy(handle.db, { get: (target, prop, receiver) => (prop === 'transaction' ? failingTransaction : Reflect.get(target, prop, receiver)) });
    const failingApp = await buildApp({ ...handle, db }, testEnv());
    try {
      const login = await failingApp.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'thanhtravien', password: 'kntc-demo-2026' } });
      const cookie = `kntc_session=${login.cookies.find((c) => c.name === 'kntc_session')?.value}`;
      failures = 1;
      const { payload, contentType } = await multipart({ fields: toPetition(), file: { name: 'hong.pdf', type: 'application/pdf', bytes: pdfBytes('never committed') } });
      const res = await failingApp.inject({ method: 'POST', url: '/api/files', headers: { cookie, 'content-type': contentType }, payload });
      expect(res.statusCode).toBe(500);
      expect(res.json().message).toBe('Đã có lỗi hệ thống. Vui lòng thử lại sau.');
      expect(failures).toBeLessThan(0);
      await expectNothingLeftBehind(before);
    } finally {
      await failingApp.close();
    }
  });
});

describe('who may attach what', () => {
  const file = { name: 'a.pdf', type: 'application/pdf', bytes: pdfBytes('quyền') };

  it('no session: 401 for upload and download', async () => {
    const before = await snapshot();
    const res = await upload(null, { fields: toPetition(), file });
    expect(res.statusCode).toBe(401);
    expect(res.json().message).toBe('Chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
    expect((await app.inject({ method: 'GET', url: `/api/files/${petitionId}` })).statusCode).toBe(401);
    await expectNothingLeftBehind(before);
  });

  it('the admin office clerk: 403', async () => {
    const cookie = await loginCookie('vanthu');
    const before = await snapshot();
    const res = await upload(cookie, { fields: toPetition(), file });
    expect(res.statusCode).toBe(403);
    expect(res.json().message).toBe('Bạn không có quyền thực hiện thao tác này.');
    await expectNothingLeftBehind(before);
  });

  it('another agency’s letter or an unknown one: 404', async () => {
    const cookie = await loginCookie('thanhtravien');
    const before = await snapshot();
    const foreign = await upload(cookie, { fields: { subjectType: 'petition', subjectId: foreignPetitionId }, file });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json().message).toBe('Không tìm thấy hồ sơ cần đính kèm tệp.');
    const unknown = await upload(cookie, { fields: { subjectType: 'case', subjectId: '00000000-0000-4000-8000-000000000000' }, file });
    expect(unknown.statusCode).toBe(404);
    // A letter's id does not make it a case.
    const wrongKind = await upload(cookie, { fields: { subjectType: 'case', subjectId: petitionId }, file });
    expect(wrongKind.statusCode).toBe(404);
    await expectNothingLeftBehind(before);
  });

  it('download of an unknown, malformed or deleted attachment: 404; the blob stays for the retention rules', async () => {
    const cookie = await loginCookie('thanhtravien');
    expect((await app.inject({ method: 'GET', url: '/api/files/00000000-0000-4000-8000-000000000000', headers: { cookie } })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/api/files/..%2F..%2Fetc%2Fpasswd', headers: { cookie } })).statusCode).toBe(404);
    const bytes = pdfBytes('sẽ xóa');
    const created = (await upload(cookie, { fields: toPetition(), file: { name: 'Sẽ xóa.pdf', type: 'application/pdf', bytes } })).json();
    const list = async () => {
      const input = encodeURIComponent(JSON.stringify({ subjectType: 'petition', subjectId: petitionId }));
      const res = await app.inject({ method: 'GET', url: `/trpc/attachments.list?input=${input}`, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      return (res.json().result.data as { id: string }[]).map((a) => a.id);
    };
    expect(await list()).toContain(created.id);
    const deleted = await app.inject({ method: 'POST', url: '/trpc/attachments.delete', headers: { cookie, 'content-type': 'application/json' }, payload: { id: created.id } });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json().result.data).toMatchObject({ id: created.id, originalName: 'Sẽ xóa.pdf' });
    expect(await list()).not.toContain(created.id);
    const download = await app.inject({ method: 'GET', url: `/api/files/${created.id}`, headers: { cookie } });
    expect(download.statusCode).toBe(404);
    expect(download.json().message).toBe('Không tìm thấy tệp đính kèm.');
    const again = await app.inject({ method: 'POST', url: '/trpc/attachments.delete', headers: { cookie, 'content-type': 'application/json' }, payload: { id: created.id } });
    expect(again.statusCode).toBe(404);
    const hash = sha256(bytes);
    expect(await blobs()).toContain(path.join(storageDir, hash.slice(0, 2), hash.slice(2, 4), hash));
  });

  it('another agency cannot list or download ours', async () => {
    const cookie = await loginCookie('thanhtravien');
    const created = (await upload(cookie, { fields: toPetition(), file: { name: 'rieng.pdf', type: 'application/pdf', bytes: pdfBytes('riêng') } })).json();
    const [other] = await handle.db.select({ id: schema.agencies.id }).from(schema.agencies).where(eq(schema.agencies.code, 'SNV-GL'));
    if (!other) throw new Error('other agency');
    // A deputy director moved to the other agency for this check only.
    await handle.db.update(schema.users).set({ agencyId: other.id }).where(eq(schema.users.username, 'phogiamdoc'));
    try {
      const outsider = await loginCookie('phogiamdoc');
      expect((await app.inject({ method: 'GET', url: `/api/files/${created.id}`, headers: { cookie: outsider } })).statusCode).toBe(404);
      const input = encodeURIComponent(JSON.stringify({ subjectType: 'petition', subjectId: petitionId }));
      const listed = await app.inject({ method: 'GET', url: `/trpc/attachments.list?input=${input}`, headers: { cookie: outsider } });
      expect(listed.json().result.data).toEqual([]);
      const removed = await app.inject({ method: 'POST', url: '/trpc/attachments.delete', headers: { cookie: outsider, 'content-type': 'application/json' }, payload: { id: created.id } });
      expect(removed.statusCode).toBe(404);
    } finally {
      await handle.db.update(schema.users).set({ agencyId }).where(eq(schema.users.username, 'phogiamdoc'));
    }
  });
});

describe('where files are kept', () => {
  it('outside every served folder, and nothing under it is reachable over HTTP', async () => {
    const defaults = parseEnv({});
    expect(filesDir(defaults)).toBe(path.join(path.resolve(defaults.DATA_DIR), 'files'));
    expect(isServedPath(filesDir(defaults))).toBe(false);
    expect(isServedPath(filesDir(testEnv()))).toBe(false);
    for (const served of servedFolders) {
      expect(() => parseEnv({ FILES_DIR: path.join(served, 'public', 'uploads') })).toThrow(/FILES_DIR/);
    }
    expect(() => parseEnv({ DATA_DIR: path.join(servedFolders[0] ?? '', 'dist') })).toThrow(/FILES_DIR/);

    const [blob] = await blobs();
    if (!blob) throw new Error('earlier tests stored blobs');
    const relative = path.relative(storageDir, blob).split(path.sep).join('/');
    for (const url of [`/${relative}`, `/files/${relative}`, `/api/files/${relative}`]) {
      expect((await app.inject({ method: 'GET', url })).statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
