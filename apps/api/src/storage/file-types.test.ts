import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentMatchesFormat, formatForName, HEAD_BYTES, isDeclaredTypeConsistent, type FileFormat } from './file-types.js';
import { zipBytes } from './testing/zip-fixture.js';
import { readZipEntryNames } from './zip-entries.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kntc-types-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

let n = 0;
async function fileOf(bytes: Buffer) {
  const file = path.join(dir, `f${n++}`);
  await writeFile(file, bytes);
  return file;
}
function format(name: string): FileFormat {
  const found = formatForName(name);
  if (!found) throw new Error(`no format for ${name}`);
  return found;
}
const matches = async (name: string, bytes: Buffer) => contentMatchesFormat(format(name), bytes.subarray(0, HEAD_BYTES), await fileOf(bytes));

describe('formats', () => {
  it('are chosen by extension, case-insensitively, and only from the list', () => {
    expect(format('Scan.PDF').label).toBe('PDF');
    expect(format('a.b.jpeg').label).toBe('JPEG');
    expect(formatForName('pdf')).toBeUndefined();
    expect(formatForName('x.exe')).toBeUndefined();
    expect(formatForName('x.svg')).toBeUndefined();
  });

  it('accept a declared type naming the same format, or none', () => {
    expect(isDeclaredTypeConsistent(format('a.pdf'), 'application/pdf')).toBe(true);
    expect(isDeclaredTypeConsistent(format('a.pdf'), 'application/octet-stream')).toBe(true);
    expect(isDeclaredTypeConsistent(format('a.pdf'), 'image/png')).toBe(false);
    expect(isDeclaredTypeConsistent(format('a.docx'), 'application/msword')).toBe(false);
  });
});

describe('content checks', () => {
  const docx = zipBytes([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'word/document.xml', data: '<w/>' }], 'tạo bởi máy quét');
  const odt = zipBytes([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' }, { name: 'content.xml', data: '<c/>' }]);

  it('read the ZIP directory, past a trailing comment', async () => {
    expect(await readZipEntryNames(await fileOf(docx))).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(await readZipEntryNames(await fileOf(Buffer.from('PK\x03\x04 not really')))).toBeNull();
    expect(await readZipEntryNames(await fileOf(docx.subarray(0, docx.length - 40)))).toBeNull();
  });

  it('tell office formats apart by what their archive holds', async () => {
    expect(await matches('a.docx', docx)).toBe(true);
    expect(await matches('a.xlsx', docx)).toBe(false);
    expect(await matches('a.odt', docx)).toBe(false);
    expect(await matches('a.odt', odt)).toBe(true);
    expect(await matches('a.docx', odt)).toBe(false);
  });

  it('check the signature of the other formats', async () => {
    expect(await matches('a.pdf', Buffer.from('%PDF-1.7\n'))).toBe(true);
    expect(await matches('a.pdf', Buffer.from(' %PDF-1.7\n'))).toBe(false);
    expect(await matches('a.tiff', Buffer.from('II*\0rest'))).toBe(true);
    expect(await matches('a.tif', Buffer.from('MM\0*rest'))).toBe(true);
    expect(await matches('a.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(true);
    expect(await matches('a.doc', docx)).toBe(false);
    expect(await matches('a.png', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe(false);
  });
});
