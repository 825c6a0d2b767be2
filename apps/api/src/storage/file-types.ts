import { readZipEntryNames } from './zip-entries.js';

export type FileFormat = {
  label: string;
  extensions: readonly string[];
  /** Stored and sent back on download, whatever the browser declared. */
  mimeType: string;
  /** What browsers and scanners declare for it, besides the canonical type. */
  declaredTypes: readonly string[];
  /** True when the first bytes (up to HEAD_BYTES) are this format's signature. */
  matchesHead: (head: Buffer) => boolean;
  /** ZIP-based formats: entries the archive must contain. */
  requiredEntries?: readonly string[];
};

/** How many leading bytes the signature checks look at. */
export const HEAD_BYTES = 128;

const startsWith = (head: Buffer, ...bytes: number[]) => head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ODT_MIME = 'application/vnd.oasis.opendocument.text';

/**
 * ODF requires its first entry to be `mimetype`, stored uncompressed, holding the media
 * type, so a text document proves itself within its first hundred bytes.
 */
function isOdtHead(head: Buffer): boolean {
  if (!startsWith(head, ...ZIP) || head.length < 30) return false;
  const method = head.readUInt16LE(8);
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const dataAt = 30 + nameLength + extraLength;
  return (
    method === 0 &&
    head.toString('latin1', 30, 30 + nameLength) === 'mimetype' &&
    head.toString('latin1', dataAt, dataAt + ODT_MIME.length) === ODT_MIME
  );
}

export const fileFormats: readonly FileFormat[] = [
  { label: 'PDF', extensions: ['pdf'], mimeType: 'application/pdf', declaredTypes: ['application/x-pdf'], matchesHead: (h) => startsWith(h, 0x25, 0x50, 0x44, 0x46, 0x2d) },
  { label: 'JPEG', extensions: ['jpg', 'jpeg'], mimeType: 'image/jpeg', declaredTypes: ['image/pjpeg'], matchesHead: (h) => startsWith(h, 0xff, 0xd8, 0xff) },
  { label: 'PNG', extensions: ['png'], mimeType: 'image/png', declaredTypes: [], matchesHead: (h) => startsWith(h, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  {
    label: 'TIFF',
    extensions: ['tif', 'tiff'],
    mimeType: 'image/tiff',
    declaredTypes: [],
    matchesHead: (h) => startsWith(h, 0x49, 0x49, 0x2a, 0x00) || startsWith(h, 0x4d, 0x4d, 0x00, 0x2a),
  },
  {
    label: 'DOCX',
    extensions: ['docx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    declaredTypes: [],
    matchesHead: (h) => startsWith(h, ...ZIP),
    requiredEntries: ['[Content_Types].xml', 'word/document.xml'],
  },
  {
    label: 'DOC',
    extensions: ['doc'],
    mimeType: 'application/msword',
    declaredTypes: [],
    // OLE2 compound file: Word 97–2003 (Excel 97 shares it; only the extension tells them apart).
    matchesHead: (h) => startsWith(h, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1),
  },
  {
    label: 'XLSX',
    extensions: ['xlsx'],
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    declaredTypes: [],
    matchesHead: (h) => startsWith(h, ...ZIP),
    requiredEntries: ['[Content_Types].xml', 'xl/workbook.xml'],
  },
  { label: 'ODT', extensions: ['odt'], mimeType: ODT_MIME, declaredTypes: [], matchesHead: isOdtHead, requiredEntries: ['content.xml'] },
];

export const allowedFormatsText = fileFormats.map((f) => f.label).join(', ');

/** What a browser sends when it does not know the type; the extension then decides. */
const UNSPECIFIED_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream']);

export function formatForName(fileName: string): FileFormat | undefined {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return undefined;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return fileFormats.find((f) => f.extensions.includes(extension));
}

/** The declared type must name the same format as the extension, or nothing at all. */
export function isDeclaredTypeConsistent(format: FileFormat, declared: string): boolean {
  const type = declared.split(';')[0]?.trim().toLowerCase() ?? '';
  return UNSPECIFIED_TYPES.has(type) || type === format.mimeType || format.declaredTypes.includes(type);
}

/** Checks the stored bytes, not the name: a PNG renamed to .pdf is refused. */
export async function contentMatchesFormat(format: FileFormat, head: Buffer, filePath: string): Promise<boolean> {
  if (!format.matchesHead(head)) return false;
  if (!format.requiredEntries) return true;
  const names = await readZipEntryNames(filePath);
  if (!names) return false;
  const present = new Set(names);
  return format.requiredEntries.every((entry) => present.has(entry));
}
