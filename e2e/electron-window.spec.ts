/**
 * The desktop window, on machines that have the Electron binary (it is downloaded from GitHub on
 * first use; where that cannot happen this spec is skipped and says why). Checks the window is
 * hardened from the page's side: no Node, no require, only the host bridge; and that the host
 * contract answers over IPC.
 */
import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, tempDir } from './support/serve';

/** The Electron executable if it is on disk (never triggers a download). */
function electronBinary(): string | null {
  const pkg = path.join(REPO_ROOT, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkg, 'dist');
  const binary = path.join(dist, readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built =
  existsSync(path.join(REPO_ROOT, 'out', 'main', 'index.js')) &&
  existsSync(path.join(REPO_ROOT, 'out', 'preload', 'index.cjs'));
const display =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

test.skip(
  !binary,
  'no Electron binary on this machine (node_modules/electron has not downloaded it; GitHub unreachable?)',
);
test.skip(!built, 'needs the built app: run `npm run build` first');
test.skip(
  !display,
  'no display (DISPLAY/WAYLAND_DISPLAY unset): Electron needs a graphical session',
);

test('the window is hardened and the host answers over IPC', async () => {
  const app = await electron.launch({
    executablePath: binary!,
    args: [REPO_ROOT],
    env: { ...process.env, ASL_STUDIO_DATA_DIR: tempDir('electron-data') },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('region', { name: 'Canvas' })).toBeVisible();
    expect(page.url()).toBe('app://asl-studio/index.html');
    const probe = await page.evaluate(async () => {
      const scope = window as unknown as Record<string, unknown>;
      const host = scope.aslStudioHost as Record<
        string,
        (p?: unknown) => Promise<{ ok: boolean; value: { kind: string } }>
      >;
      return {
        require: typeof scope.require,
        process: typeof scope.process,
        bridgeKeys: Object.keys(host).length,
        info: await host.appInfo({}),
      };
    });
    expect(probe.require).toBe('undefined');
    expect(probe.process).toBe('undefined');
    expect(probe.info).toMatchObject({ ok: true, value: { kind: 'electron' } });
  } finally {
    await app.close();
  }
});
