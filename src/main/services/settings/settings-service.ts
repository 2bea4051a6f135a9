import path from 'node:path';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/host';
import { readJsonFile, writeJsonFile } from '../fs/json-store';

/** The user's settings, in `<dataDir>/settings.json`; defaults for anything missing or invalid. */
export class SettingsService {
  private readonly file: string;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'settings.json');
  }

  /** The settings: stored values that are still valid, defaults for the rest. */
  async get(): Promise<Settings> {
    const stored = await readJsonFile<unknown>(this.file, {});
    const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    if (stored && typeof stored === 'object' && !Array.isArray(stored)) {
      const shape = settingsSchema.shape as Record<
        string,
        { safeParse(v: unknown): { success: boolean; data?: unknown } }
      >;
      // Field by field: one bad value (an older version's, or a hand edit) does not reset the rest.
      for (const [key, value] of Object.entries(stored)) {
        const result = shape[key]?.safeParse(value);
        if (result?.success) settings[key] = result.data;
      }
    }
    return settings as Settings;
  }

  /** Applies a validated partial update and returns every setting. */
  set(patch: Partial<Settings>): Promise<Settings> {
    const next = this.queue.then(async () => {
      const merged = { ...(await this.get()), ...patch };
      await writeJsonFile(this.file, merged);
      return merged;
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
