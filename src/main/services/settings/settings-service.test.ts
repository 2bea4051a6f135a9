import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/host';
import { tempFolder } from '../test-folder';
import { SettingsService } from './settings-service';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => (folder = tempFolder()));
afterEach(() => folder.remove());

describe('SettingsService', () => {
  it('starts from defaults and persists patches without resetting other fields', async () => {
    const settings = new SettingsService(folder.dir);
    expect(await settings.get()).toEqual(DEFAULT_SETTINGS);
    await settings.set({ theme: 'dark' });
    await settings.set({ editorFontSize: 15 });
    const fresh = await new SettingsService(folder.dir).get();
    expect(fresh).toMatchObject({ theme: 'dark', editorFontSize: 15, layout: 'split' });
    expect(JSON.parse(readFileSync(path.join(folder.dir, 'settings.json'), 'utf8')).theme).toBe(
      'dark',
    );
  });

  it('keeps valid stored values and drops invalid or unknown ones', async () => {
    writeFileSync(
      path.join(folder.dir, 'settings.json'),
      JSON.stringify({ theme: 'dark', editorFontSize: 'big', old: 1 }),
    );
    const got = await new SettingsService(folder.dir).get();
    expect(got.theme).toBe('dark');
    expect(got.editorFontSize).toBe(DEFAULT_SETTINGS.editorFontSize);
    expect('old' in got).toBe(false);
  });
});
