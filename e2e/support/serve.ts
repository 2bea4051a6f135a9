import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the specs run from anywhere). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A running `asl-studio serve`. */
export interface ServeProcess {
  url: string;
  /** The definition it opened, if one was given. */
  file?: string;
  dataDir: string;
  child: ChildProcess;
  /** Stops it politely (SIGTERM) and waits. */
  stop(): Promise<void>;
  /** Kills it outright (SIGKILL), as a crash would, and waits. */
  kill(): Promise<void>;
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `asl-studio-${prefix}-`));
}

/**
 * Starts `asl-studio serve` on a free port (port 0) with its own data folder, and resolves with
 * the URL it prints on its first line (token included).
 */
export function startServe(
  options: { file?: string; dataDir?: string; cwd?: string } = {},
): Promise<ServeProcess> {
  const dataDir = options.dataDir ?? tempDir('data');
  const args = [
    path.join(REPO_ROOT, 'bin', 'asl-studio.mjs'),
    'serve',
    '--port',
    '0',
    '--data-dir',
    dataDir,
  ];
  if (options.file) args.push(options.file);
  const child = spawn(process.execPath, args, {
    cwd: options.cwd ?? REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(
      () => reject(new Error(`serve did not print its URL in 30 s\n${out}\n${err}`)),
      30_000,
    );
    child.stderr!.on('data', (d) => (err += String(d)));
    child.stdout!.on('data', (d) => {
      out += String(d);
      const first = out.split('\n')[0];
      if (out.includes('\n') && /^https?:\/\//.test(first)) {
        clearTimeout(timer);
        const stopWith = async (signal: NodeJS.Signals) => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          await exited;
        };
        resolve({
          url: first.trim(),
          file: options.file,
          dataDir,
          child,
          stop: () => stopWith('SIGTERM'),
          kill: () => stopWith('SIGKILL'),
        });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before printing its URL\n${out}\n${err}`));
    });
  });
}
