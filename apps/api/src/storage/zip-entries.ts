import { open, type FileHandle } from 'node:fs/promises';

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** An office file's directory is a few kilobytes; anything far larger is not worth reading. */
const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** Locates the central directory through the end record (and its ZIP64 form when the sizes overflow). */
async function findDirectory(handle: FileHandle, fileSize: number) {
  const tailLength = Math.min(fileSize, EOCD_SIZE + MAX_COMMENT);
  const tailStart = fileSize - tailLength;
  const tail = await readAt(handle, tailStart, tailLength);
  for (let i = tail.length - EOCD_SIZE; i >= 0; i--) {
    if (tail.readUInt32LE(i) !== EOCD) continue;
    let entries = tail.readUInt16LE(i + 10);
    let size = tail.readUInt32LE(i + 12);
    let offset = tail.readUInt32LE(i + 16);
    if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const locatorAt = tailStart + i - 20;
      if (locatorAt < 0) return null;
      const locator = await readAt(handle, locatorAt, 20);
      if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR) return null;
      const record = await readAt(handle, Number(locator.readBigUInt64LE(8)), 56);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD) return null;
      entries = Number(record.readBigUInt64LE(32));
      size = Number(record.readBigUInt64LE(40));
      offset = Number(record.readBigUInt64LE(48));
    }
    if (size > MAX_DIRECTORY_BYTES || offset + size > fileSize) return null;
    return { entries, size, offset };
  }
  return null;
}

/**
 * The entry names of a ZIP file, read from its central directory without inflating
 * anything; null when the file is not a well-formed ZIP.
 */
export async function readZipEntryNames(filePath: string): Promise<string[] | null> {
  const handle = await open(filePath, 'r');
  try {
    const { size: fileSize } = await handle.stat();
    const directory = await findDirectory(handle, fileSize);
    if (!directory) return null;
    const buffer = await readAt(handle, directory.offset, directory.size);
    const names: string[] = [];
    let p = 0;
    for (let n = 0; n < directory.entries; n++) {
      if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== CENTRAL_ENTRY) return null;
      const nameLength = buffer.readUInt16LE(p + 28);
      const extraLength = buffer.readUInt16LE(p + 30);
      const commentLength = buffer.readUInt16LE(p + 32);
      if (p + 46 + nameLength > buffer.length) return null;
      names.push(buffer.toString('utf8', p + 46, p + 46 + nameLength));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await handle.close();
  }
}
