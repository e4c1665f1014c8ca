import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DomainError } from '../../kernel/errors.js';
import { fileTooLarge } from './errors.js';

export interface StoredUpload {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Streams an uploaded file to a private temporary file while hashing it, so
 * the import can start from a file whose SHA-256 is known (resume) and whose
 * zip directory can be read (XLSX). Over `maxBytes` → FILE_TOO_LARGE, and
 * nothing is left on disk. `truncated` is @fastify/multipart's flag for a
 * file cut off at its fileSize limit.
 */
export async function storeUpload(file: Readable & { truncated?: boolean }, dir: string, maxBytes: number): Promise<StoredUpload> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const path = join(dir, `${randomUUID()}.upload`);
  const hash = createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > maxBytes) return done(fileTooLarge(maxBytes));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(file, meter, createWriteStream(path, { mode: 0o600 }));
    if (file.truncated) throw fileTooLarge(maxBytes);
  } catch (err) {
    await rm(path, { force: true });
    if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw fileTooLarge(maxBytes);
    // Ours: the size limit (a DomainError) or the disk (a system call failed, e.g. ENOSPC).
    if (err instanceof DomainError || (err as NodeJS.ErrnoException).syscall) throw err;
    // Anything else broke the upload itself (a multipart body cut short): the client's request, not our fault.
    throw new DomainError('MALFORMED_REQUEST', 400, `上传不完整 / the upload broke off: ${(err as Error).message}`, { cause: err });
  }
  return { path, sha256: hash.digest('hex'), size };
}
