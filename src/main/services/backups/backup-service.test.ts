import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-folder';
import { BackupService } from './backup-service';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

const input = {
  id: 'doc-1',
  path: '/work/x.asl.json',
  format: 'json' as const,
  text: '{"StartAt":"A"}',
  baseStamp: null,
};

describe('BackupService', () => {
  it('writes, lists newest first, reads and discards', async () => {
    const backups = new BackupService(folder.dir);
    await backups.write(input, new Date('2026-01-01T00:00:00Z'));
    await backups.write(
      { ...input, id: 'untitled-2', path: null, text: 'StartAt: B', format: 'yaml' },
      new Date('2026-01-02T00:00:00Z'),
    );
    const list = await backups.list();
    expect(list.map((b) => [b.id, b.name])).toEqual([
      ['untitled-2', 'Untitled'],
      ['doc-1', 'x.asl.json'],
    ]);
    expect(await backups.read('doc-1')).toMatchObject({
      text: '{"StartAt":"A"}',
      size: 15,
      path: '/work/x.asl.json',
    });
    await backups.discard('doc-1');
    await backups.discard('doc-1'); // twice is fine
    expect((await backups.list()).map((b) => b.id)).toEqual(['untitled-2']);
    await expect(backups.read('doc-1')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses ids that could escape the folder', async () => {
    const backups = new BackupService(folder.dir);
    await expect(backups.write({ ...input, id: '../evil' })).rejects.toMatchObject({
      code: 'INVALID_PAYLOAD',
    });
    await expect(backups.read('../../etc/passwd')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('skips unreadable backup files instead of failing the list', async () => {
    const backups = new BackupService(folder.dir);
    await backups.write(input);
    writeFileSync(path.join(backups.dir, 'torn.json'), '{"id":"torn","te');
    writeFileSync(path.join(backups.dir, 'notes.txt'), 'x');
    expect((await backups.list()).map((b) => b.id)).toEqual(['doc-1']);
  });

  it('survives a process killed right after writing (SIGKILL), for the next session to restore', () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const moduleUrl = pathToFileURL(path.join(here, 'backup-service.ts')).href;
    const script = `
      const { BackupService } = await import(${JSON.stringify(moduleUrl)});
      await new BackupService(${JSON.stringify(folder.dir)}).write(${JSON.stringify(input)});
      process.kill(process.pid, 'SIGKILL');`;
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', script],
      {
        encoding: 'utf8',
        timeout: 30_000,
      },
    );
    expect(child.signal).toBe('SIGKILL');
    return new BackupService(folder.dir).list().then((list) => {
      expect(list.map((b) => b.id)).toEqual(['doc-1']);
      expect(readdirSync(path.join(folder.dir, 'backups'))).toEqual(['doc-1.json']);
    });
  });
});
