import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomicWrite';
import { ExportTargets, TARGETS_FILE } from './targets';
import { tempDir } from './testRepo';

describe('writeFileAtomic', () => {
  it('creates folders, replaces the file whole, keeps its mode and leaves no temporary file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'a', 'b', 'definition.json');
    await writeFileAtomic(file, 'one\n');
    expect(readFileSync(file, 'utf8')).toBe('one\n');
    chmodSync(file, 0o755);
    await writeFileAtomic(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    expect(statSync(file).mode & 0o777).toBe(0o755);
    expect(readdirSync(path.dirname(file))).toEqual(['definition.json']);
  });
});

describe('ExportTargets', () => {
  it('remembers targets per key and survives a damaged file', async () => {
    const dir = tempDir();
    const targets = new ExportTargets(dir);
    await targets.set('a', { repo: '/r', path: 'x.json' });
    await targets.set('b', { repo: '/s', path: 'y.json' });
    expect(await targets.get('a')).toEqual({ repo: '/r', path: 'x.json' });
    writeFileSync(path.join(dir, TARGETS_FILE), '{ broken');
    expect(await targets.get('a')).toBeUndefined();
    await targets.set('c', { repo: '/t', path: 'z.json' });
    expect(await targets.get('c')).toEqual({ repo: '/t', path: 'z.json' });
  });
});
