import { readdirSync, readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-folder';
import { atomicWrite } from './atomic-write';
import { readJsonFile, writeJsonFile } from './json-store';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('atomicWrite', () => {
  it('replaces content and keeps the permissions of the file it replaces', async () => {
    const file = path.join(folder.dir, 'f.json');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    await atomicWrite(file, 'new');
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(folder.dir)).toEqual(['f.json']);
  });

  it('leaves the old file untouched and no temp file when the write fails', async () => {
    const file = path.join(folder.dir, 'missing-folder', 'f.json');
    await expect(atomicWrite(file, 'x')).rejects.toThrow();
    expect(readdirSync(folder.dir)).toEqual([]);
  });
});

describe('json store', () => {
  it('round-trips, falls back when missing, and moves a corrupt file aside', async () => {
    const file = path.join(folder.dir, 'd', 's.json');
    expect(await readJsonFile(file, { a: 0 })).toEqual({ a: 0 });
    await writeJsonFile(file, { a: 1 });
    expect(await readJsonFile(file, {})).toEqual({ a: 1 });
    writeFileSync(file, '{broken');
    expect(await readJsonFile(file, 'fallback')).toBe('fallback');
    expect(readdirSync(path.dirname(file)).some((n) => n.startsWith('s.json.corrupt-'))).toBe(true);
  });
});
