import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test-folder';
import { MAX_RECENT, RecentService } from './recent-service';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('RecentService', () => {
  it('keeps the most recent first, without duplicates, marking missing files', async () => {
    const recent = new RecentService(folder.dir);
    const a = path.join(folder.dir, 'a.json');
    writeFileSync(a, '{}');
    await recent.add(a);
    await recent.add('/nowhere/b.json');
    const list = await recent.add(a);
    expect(list.map((r) => [r.name, r.exists])).toEqual([
      ['a.json', true],
      ['b.json', false],
    ]);
    expect((await new RecentService(folder.dir).list()).length).toBe(2); // persisted
    expect((await recent.remove(a)).map((r) => r.name)).toEqual(['b.json']);
    expect(await recent.clear()).toEqual([]);
  });

  it('caps the list and does not lose entries added concurrently', async () => {
    const recent = new RecentService(folder.dir);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => recent.add(`/f/${i}.json`, new Date(1000 + i))),
    );
    const list = await recent.list();
    expect(list.length).toBe(MAX_RECENT);
    expect(list[0].path).toBe('/f/19.json');
  });

  it('ignores a corrupt store', async () => {
    writeFileSync(
      path.join(folder.dir, 'recent.json'),
      '[{"path": 3}, "x", {"path": "/a", "openedAt": "t"}]',
    );
    expect((await new RecentService(folder.dir).list()).map((r) => r.path)).toEqual(['/a']);
  });
});
