import { randomBytes } from 'node:crypto';
import { constants, promises as fsp } from 'node:fs';
import path from 'node:path';

/**
 * Writes a file so that a crash leaves either the old content or the new, never a torn mix: the
 * data goes to a temporary file beside the target, is fsynced, then renamed over it (rename is
 * atomic within a directory), and the directory is fsynced so the rename itself is durable.
 * A symlink is followed (its target is replaced, the link stays), and an existing file's
 * permissions are kept.
 */
export async function atomicWrite(target: string, data: string | Uint8Array): Promise<void> {
  const finalPath = await resolveLink(target);
  const dir = path.dirname(finalPath);
  const temp = path.join(dir, `.${path.basename(finalPath)}.${randomBytes(6).toString('hex')}.tmp`);
  const mode = await fsp.stat(finalPath).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  const handle = await fsp.open(
    temp,
    constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
    mode,
  );
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fsp.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await renameWithRetry(temp, finalPath);
  } catch (error) {
    await fsp.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dir);
}

// On Windows a virus scanner or indexer briefly holding the target makes rename fail with
// EPERM/EBUSY; a few short retries get through, as editors do.
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fsp.rename(from, to);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient =
        process.platform === 'win32' && (code === 'EPERM' || code === 'EBUSY' || code === 'EACCES');
      if (!transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

async function resolveLink(target: string): Promise<string> {
  try {
    return await fsp.realpath(target);
  } catch {
    return target;
  }
}

// Some platforms (Windows) cannot open a directory for fsync; the rename is still atomic there.
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // best effort, see above
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
