#!/usr/bin/env node
// `npm start`: builds the app (electron-vite: main, preload, renderer; and the CLI), then launches
// Electron on it. Electron's binary is downloaded lazily from GitHub the first time; where that
// cannot happen (no network, a blocked host) this says so, points to the browser designer
// (`npx asl-studio serve`, which the build just made ready), and exits with status 1: the window
// the user asked for did not open, and scripts should be able to tell.
//
//   npm start [-- FILE] [-- --no-build]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');
const appArgs = args.filter((a) => a !== '--no-build');
const say = (text) => process.stderr.write(`asl-studio start: ${text}\n`);

/** The Electron executable if it is on disk, else null (never triggers a download by itself). */
function electronBinary() {
  const pkgDir = path.join(root, 'node_modules', 'electron');
  if (!existsSync(pkgDir)) return null;
  const pathFile = path.join(pkgDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(pkgDir, 'dist');
  const candidate = relative ? path.join(distDir, relative) : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

if (!skipBuild) {
  say('building the app (npm run build)…');
  const status = run('npm', ['run', 'build']);
  if (status !== 0) {
    say(`the build failed (exit ${status}); see the errors above.`);
    process.exit(status);
  }
}

let binary = electronBinary();
if (!binary && existsSync(path.join(root, 'node_modules', 'electron', 'install.js'))) {
  say('the Electron binary is not downloaded yet; trying to download it now…');
  // Bounded: a network that swallows packets must not leave `npm start` hanging.
  run(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], 180_000);
  binary = electronBinary();
}

if (!binary) {
  say(
    [
      'no Electron binary is available on this machine (it could not be downloaded), so the desktop window cannot open.',
      '',
      'Use the same designer in your browser instead:',
      '',
      '    npx asl-studio serve [FILE] [--port N] [--open]',
      '',
      'It prints the URL to open (with its secret token) on its first line.',
      'To get the desktop app later: run `node node_modules/electron/install.js` where GitHub is reachable,',
      'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an Electron 45 build, then `npm start` again.',
    ].join('\n'),
  );
  process.exit(1);
}

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  say(
    'no display (DISPLAY/WAYLAND_DISPLAY unset): Electron needs a graphical session. Try `npx asl-studio serve` instead.',
  );
  process.exit(1);
}

say(`launching ${binary}`);
const child = spawn(binary, [root, ...appArgs], { cwd: process.cwd(), stdio: 'inherit' });
child.on('error', (error) => {
  say(`cannot launch Electron: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
