import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { FileStamp } from '../../../shared/host';

/** The stamp of some bytes just read or written, with the file's mtime. */
export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return {
    mtimeMs,
    size: bytes.byteLength,
    hash: createHash('sha256').update(bytes).digest('hex'),
  };
}

/** The stamp of a file on disk now, or null when it does not exist. */
export async function currentStamp(file: string): Promise<FileStamp | null> {
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const stat = await fsp.stat(file);
  return stampOf(bytes, stat.mtimeMs);
}

/** Two stamps describe the same content (the hash decides: mtimes lie across copies and clocks). */
export function sameContent(a: FileStamp | null, b: FileStamp | null): boolean {
  if (a === null || b === null) return a === b;
  return a.size === b.size && a.hash === b.hash;
}
