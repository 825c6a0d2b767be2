import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream, type ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HEAD_BYTES } from './file-types.js';

const SHA256_HEX = /^[0-9a-f]{64}$/;
const TEMP_FOLDER = '.incoming';

export class FileTooLargeError extends Error {
  constructor() {
    super('file exceeds the size limit');
    this.name = 'FileTooLargeError';
  }
}

export type ReceivedFile = { tempPath: string; sha256: string; size: number; head: Buffer };

/**
 * Content-addressed blobs on disk: `<root>/<aa>/<bb>/<sha256>`. Uploads land in a temporary
 * folder inside the same root, so moving them into place is an atomic rename.
 */
export class BlobStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!SHA256_HEX.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return path.join(this.root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  }

  private get tempDir() {
    return path.join(this.root, TEMP_FOLDER);
  }

  /** Removes uploads a crash left half-written. Folders are created on the first upload. */
  async sweepIncoming(staleAfterMs = 60 * 60_000): Promise<void> {
    const names = await readdir(this.tempDir).catch(() => []);
    const cutoff = Date.now() - staleAfterMs;
    for (const name of names) {
      const file = path.join(this.tempDir, name);
      const info = await stat(file).catch(() => null);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  }

  /**
   * Streams an upload to a temporary file while hashing and counting it. Fails with
   * FileTooLargeError past `maxBytes`; on any failure the temporary file is gone.
   */
  async receive(source: Readable, maxBytes: number): Promise<ReceivedFile> {
    await mkdir(this.tempDir, { recursive: true, mode: 0o750 });
    const tempPath = path.join(this.tempDir, `${randomUUID()}.part`);
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        if (size > maxBytes) return callback(new FileTooLargeError());
        hash.update(chunk);
        if (headLength < HEAD_BYTES) {
          const piece = chunk.subarray(0, HEAD_BYTES - headLength);
          headChunks.push(piece);
          headLength += piece.length;
        }
        callback(null, chunk);
      },
    });
    try {
      await pipeline(source, meter, createWriteStream(tempPath, { flags: 'wx', mode: 0o640, flush: true }));
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { tempPath, sha256: hash.digest('hex'), size, head: Buffer.concat(headChunks) };
  }

  /**
   * Moves a received file to its content address. When that content is already stored the
   * upload is dropped instead; `isNew` says whether this call created the blob.
   * Callers serialise per hash (lockFileContent), so the check and the rename do not race.
   */
  async place(tempPath: string, sha256: string): Promise<{ isNew: boolean }> {
    const target = this.pathOf(sha256);
    if (await this.has(sha256)) {
      await rm(tempPath, { force: true });
      return { isNew: false };
    }
    await mkdir(path.dirname(target), { recursive: true, mode: 0o750 });
    await rename(tempPath, target);
    return { isNew: true };
  }

  async has(sha256: string): Promise<boolean> {
    return stat(this.pathOf(sha256)).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  async remove(sha256: string): Promise<void> {
    await rm(this.pathOf(sha256), { force: true });
  }

  async discard(tempPath: string): Promise<void> {
    await rm(tempPath, { force: true });
  }

  /** Opens before any header is sent, so a missing blob is an error the caller can still answer. */
  async open(sha256: string): Promise<ReadStream> {
    const handle = await open(this.pathOf(sha256), 'r');
    return handle.createReadStream();
  }
}
