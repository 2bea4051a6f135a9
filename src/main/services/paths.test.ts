import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './paths';

describe('defaultDataDir', () => {
  it('prefers ASL_STUDIO_DATA_DIR, else the folder Electron would use per platform', () => {
    expect(defaultDataDir({ ASL_STUDIO_DATA_DIR: 'rel/data' }, 'linux', '/home/u')).toBe(
      path.resolve('rel/data'),
    );
    expect(defaultDataDir({}, 'linux', '/home/u')).toBe('/home/u/.config/asl-studio');
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/asl-studio');
    expect(defaultDataDir({}, 'darwin', '/Users/u')).toBe(
      '/Users/u/Library/Application Support/asl-studio',
    );
    expect(defaultDataDir({ APPDATA: '/c/AppData/Roaming' }, 'win32', '/c')).toBe(
      path.join('/c/AppData/Roaming', 'asl-studio'),
    );
  });
});
