import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { RecentFile } from '../../../shared/host';
import { readJsonFile, writeJsonFile } from '../fs/json-store';

/** How many recent files are kept. */
export const MAX_RECENT = 12;

interface StoredRecent {
  path: string;
  openedAt: string;
}

/** The recent-files list, kept in `<dataDir>/recent.json`, most recent first. */
export class RecentService {
  private readonly file: string;
  // Serializes read-modify-write cycles so two quick opens do not lose one another.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'recent.json');
  }

  /** The list, each entry marked with whether the file still exists. */
  async list(): Promise<RecentFile[]> {
    const stored = await this.read();
    return Promise.all(
      stored.map(async (r) => ({
        path: r.path,
        name: path.basename(r.path),
        openedAt: r.openedAt,
        exists: await fsp.stat(r.path).then(
          (s) => s.isFile(),
          () => false,
        ),
      })),
    );
  }

  /** Moves (or adds) a file to the top of the list. */
  add(file: string, now = new Date()): Promise<RecentFile[]> {
    // Saving the same file again and again changes nothing worth an fsync.
    return this.update((list) =>
      list[0]?.path === file
        ? null
        : [{ path: file, openedAt: now.toISOString() }, ...list.filter((r) => r.path !== file)],
    );
  }

  /** Forgets one file. */
  remove(file: string): Promise<RecentFile[]> {
    return this.update((list) => list.filter((r) => r.path !== file));
  }

  /** Forgets every file. */
  clear(): Promise<RecentFile[]> {
    return this.update(() => []);
  }

  /** Applies a change to the stored list (null: nothing to change) and returns the new list. */
  private update(change: (list: StoredRecent[]) => StoredRecent[] | null): Promise<RecentFile[]> {
    const next = this.queue.then(async () => {
      const changed = change(await this.read());
      if (changed) await writeJsonFile(this.file, changed.slice(0, MAX_RECENT));
      return this.list();
    });
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<StoredRecent[]> {
    const value = await readJsonFile<unknown>(this.file, []);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (r): r is StoredRecent =>
        typeof r === 'object' &&
        r !== null &&
        typeof r.path === 'string' &&
        typeof r.openedAt === 'string',
    );
  }
}
