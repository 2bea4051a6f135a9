import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from './atomicWrite';
import type { ExportTarget } from './types';

/** The file, in the app's data folder, that remembers where each definition was exported. */
export const TARGETS_FILE = 'export-targets.json';

/** Remembers the repository and path each definition was last exported to (a small JSON file). */
export class ExportTargets {
  constructor(private readonly dataDir: string) {}

  private get file(): string {
    return path.join(this.dataDir, TARGETS_FILE);
  }

  private async readAll(): Promise<Record<string, ExportTarget>> {
    const text = await readFile(this.file, 'utf8').catch(() => undefined);
    if (text === undefined) return {};
    try {
      const value: unknown = JSON.parse(text);
      return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? (value as Record<string, ExportTarget>)
        : {};
    } catch {
      // A damaged file only loses the remembered targets; the next export rewrites it whole.
      return {};
    }
  }

  /** Where the definition with this key was last exported, if anywhere. */
  async get(key: string): Promise<ExportTarget | undefined> {
    const target = (await this.readAll())[key];
    return target && typeof target.repo === 'string' && typeof target.path === 'string'
      ? { repo: target.repo, path: target.path }
      : undefined;
  }

  /** Records where the definition with this key was exported. */
  async set(key: string, target: ExportTarget): Promise<void> {
    const all = await this.readAll();
    all[key] = { repo: target.repo, path: target.path };
    await writeFileAtomic(this.file, JSON.stringify(all, null, 2) + '\n');
  }
}
