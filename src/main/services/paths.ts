import os from 'node:os';
import path from 'node:path';

/** The app's folder name under the system's app-data folder (matches Electron's userData). */
export const APP_DIR_NAME = 'asl-studio';

/**
 * The data folder when no Electron is around (serve): `--data-dir`, else ASL_STUDIO_DATA_DIR,
 * else the folder Electron's `app.getPath('userData')` would use, so the app and serve share
 * settings, recent files and backups.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (env.ASL_STUDIO_DATA_DIR) return path.resolve(env.ASL_STUDIO_DATA_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32')
    return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_DIR_NAME);
}
