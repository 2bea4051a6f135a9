import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  HostError,
  type Backup,
  type BackupSummary,
  type FileFormat,
  type FileStamp,
} from '../../../shared/host';
import { atomicWrite } from '../fs/atomic-write';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** What the UI hands over to back up. */
export interface BackupInput {
  id: string;
  path: string | null;
  format: FileFormat;
  text: string;
  baseStamp: FileStamp | null;
}

/**
 * Backups of unsaved work, one JSON file per document in `<dataDir>/backups/`, written atomically
 * so a crash mid-write keeps the previous backup. They outlive the process: the next session
 * lists them and offers to restore.
 */
export class BackupService {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'backups');
  }

  /** Writes or replaces the backup of one document. */
  async write(input: BackupInput, now = new Date()): Promise<BackupSummary> {
    const file = this.fileOf(input.id);
    const backup: Backup = {
      id: input.id,
      path: input.path,
      name: input.path ? path.basename(input.path) : 'Untitled',
      format: input.format,
      savedAt: now.toISOString(),
      size: Buffer.byteLength(input.text, 'utf8'),
      text: input.text,
      baseStamp: input.baseStamp,
    };
    await fsp.mkdir(this.dir, { recursive: true });
    await atomicWrite(file, JSON.stringify(backup));
    return summary(backup);
  }

  /** Every readable backup, newest first (unreadable files are skipped, not fatal). */
  async list(): Promise<BackupSummary[]> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    const backups: BackupSummary[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -5) : '';
      if (!ID.test(id)) continue;
      const backup = await this.tryRead(id);
      if (backup) backups.push(summary(backup));
    }
    return backups.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  /** One backup with its text. */
  async read(id: string): Promise<Backup> {
    const backup = await this.tryRead(id);
    if (!backup)
      throw new HostError('NOT_FOUND', `no backup '${id}' (it was discarded or never written)`);
    return backup;
  }

  /** Deletes a backup; deleting one that is not there is not an error. */
  async discard(id: string): Promise<void> {
    await fsp.rm(this.fileOf(id), { force: true });
  }

  private fileOf(id: string): string {
    // The payload schema already checks this; the service does not rely on its callers.
    if (!ID.test(id)) throw new HostError('INVALID_PAYLOAD', `invalid backup id '${id}'`);
    return path.join(this.dir, `${id}.json`);
  }

  private async tryRead(id: string): Promise<Backup | null> {
    try {
      const value = JSON.parse(await fsp.readFile(this.fileOf(id), 'utf8')) as Backup;
      return typeof value.text === 'string' && value.id === id ? value : null;
    } catch {
      return null;
    }
  }
}

function summary(b: Backup): BackupSummary {
  return {
    id: b.id,
    path: b.path,
    name: b.name,
    format: b.format,
    savedAt: b.savedAt,
    size: b.size,
  };
}
