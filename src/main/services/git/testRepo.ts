/**
 * Test helper (used by the git export tests and the CLI's): real git repositories in temporary
 * folders, with the machine's git configuration shut out so results do not depend on it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const IDENTITY_VARS = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'EMAIL',
];

/** Points HOME and git's global config at an empty temporary folder; returns a function undoing it. */
export function isolateGitConfig(): () => void {
  const saved = new Map<string, string | undefined>();
  const home = mkdtempSync(path.join(tmpdir(), 'asl-git-home-'));
  writeFileSync(path.join(home, '.gitconfig'), '');
  const set = (key: string, value: string | undefined): void => {
    if (!saved.has(key)) saved.set(key, process.env[key]);
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  };
  set('HOME', home);
  set('XDG_CONFIG_HOME', path.join(home, '.config'));
  set('GIT_CONFIG_GLOBAL', path.join(home, '.gitconfig'));
  set('GIT_CONFIG_NOSYSTEM', '1');
  set('GIT_TERMINAL_PROMPT', '0');
  for (const key of IDENTITY_VARS) set(key, undefined);
  return () => {
    for (const [key, value] of saved) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    rmSync(home, { recursive: true, force: true });
  };
}

/** Runs git synchronously in `dir` and returns its stdout (throws on failure, with stderr). */
export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Like git(), but returns the exit status instead of throwing. */
export function gitStatus(dir: string, ...args: string[]): number {
  try {
    execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    return 0;
  } catch (error) {
    return (error as { status?: number }).status ?? 1;
  }
}

/** Writes a file (creating folders) relative to `dir`. */
export function writeIn(dir: string, relative: string, text: string): void {
  const file = path.join(dir, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'asl-export-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A new repository on branch main, with an identity in its own config and one commit (README.md) unless `empty`. */
export function makeRepo(options: { identity?: boolean; empty?: boolean } = {}): string {
  const dir = tempDir();
  git(dir, 'init', '--quiet', '--initial-branch=main');
  if (options.identity !== false) {
    git(dir, 'config', 'user.name', 'Test Person');
    git(dir, 'config', 'user.email', 'test@example.com');
  }
  git(dir, 'config', 'commit.gpgsign', 'false');
  if (!options.empty) {
    writeIn(dir, 'README.md', '# repo\n');
    if (options.identity === false) {
      git(dir, '-c', 'user.name=Setup', '-c', 'user.email=setup@example.com', 'add', 'README.md');
      git(
        dir,
        '-c',
        'user.name=Setup',
        '-c',
        'user.email=setup@example.com',
        'commit',
        '--quiet',
        '-m',
        'init',
      );
    } else {
      git(dir, 'add', 'README.md');
      git(dir, 'commit', '--quiet', '-m', 'init');
    }
  }
  return dir;
}

/** A small valid definition with the given state names chained Pass -> … -> end. */
export function chainDefinition(...names: string[]): Record<string, unknown> {
  const States: Record<string, unknown> = {};
  names.forEach((name, i) => {
    States[name] =
      i === names.length - 1 ? { Type: 'Pass', End: true } : { Type: 'Pass', Next: names[i + 1] };
  });
  return { StartAt: names[0], States };
}
