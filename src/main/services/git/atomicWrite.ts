import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from '../fs/atomic-write';

/**
 * Writes an exported file atomically (temp file, fsync, rename, folder fsync — the files
 * service's atomicWrite), creating its folders first: an export path may be new to the repository.
 * Symlinks never reach here; the export refuses any symlink in the path before writing.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await atomicWrite(file, text);
}
