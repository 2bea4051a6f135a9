/**
 * Export to git from the designer, in Chromium through `asl-studio serve`: the dialog shows the
 * diff against HEAD, Export commits only the definition's path, and `git log -p` shows it.
 */
import { test, expect, chromium, type Browser } from '@playwright/test';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = '/usr/bin/chromium';
const built =
  existsSync(path.join(repoRoot, 'out', 'renderer', 'index.html')) &&
  existsSync(path.join(repoRoot, 'out', 'cli', 'asl-studio.js'));

test.skip(!built, 'needs the built designer and CLI: run `npm run build` first');
test.skip(
  !existsSync(CHROMIUM),
  'needs Debian chromium at /usr/bin/chromium (apt-get install -y chromium)',
);

const temp = (prefix: string): string => mkdtempSync(path.join(tmpdir(), prefix));

/** An environment where the machine's git configuration does not leak in. */
function isolatedEnv(): NodeJS.ProcessEnv {
  const home = temp('asl-e2e-home-');
  writeFileSync(path.join(home, '.gitconfig'), '');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
  };
  env.GIT_CONFIG_GLOBAL = path.join(home, '.gitconfig');
  env.GIT_CONFIG_NOSYSTEM = '1';
  env.ASL_STUDIO_DATA_DIR = path.join(home, 'data');
  for (const key of [
    'GIT_AUTHOR_NAME',
    'GIT_AUTHOR_EMAIL',
    'GIT_COMMITTER_NAME',
    'GIT_COMMITTER_EMAIL',
    'EMAIL',
  ])
    delete env[key];
  return env;
}

const env = isolatedEnv();
const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, env, encoding: 'utf8' });

/** Starts `asl-studio serve FILE` and resolves with the URL it prints first. */
function startServe(cwd: string, file: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'bin', 'asl-studio.mjs'), 'serve', file, '--port', '0'],
    { cwd, env },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line.startsWith('http')) resolve({ url: line.trim(), child });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
  });
}

let browser: Browser;
let serve: ChildProcess | undefined;
test.beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
});
test.afterAll(async () => {
  await browser?.close();
  serve?.kill('SIGTERM');
});

test('exports the open definition into a repository, showing the diff first', async () => {
  test.setTimeout(120_000);
  const repo = temp('asl-e2e-repo-');
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'E2E Person');
  git(repo, 'config', 'user.email', 'e2e@example.com');
  writeFileSync(path.join(repo, 'README.md'), '# app\n');
  git(repo, 'add', 'README.md');
  git(repo, 'commit', '--quiet', '-m', 'init');
  writeFileSync(path.join(repo, 'notes.txt'), 'staged, not part of the export\n');
  git(repo, 'add', 'notes.txt');

  const work = temp('asl-e2e-work-');
  const definition = {
    StartAt: 'Receive',
    States: {
      Receive: { Type: 'Pass', Next: 'NotifyFailure' },
      NotifyFailure: { Type: 'Fail', Error: 'OrderFailed', Cause: 'payment declined' },
    },
  };
  writeFileSync(path.join(work, 'order.asl.json'), JSON.stringify(definition));
  const started = await startServe(work, 'order.asl.json');
  serve = started.child;

  const page = await browser.newPage();
  await page.goto(started.url);
  await page.getByRole('button', { name: 'Export to Git…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Git' });
  await dialog.getByLabel('Repository folder').fill(repo);
  await dialog.getByLabel('Path in repository').fill('workflows/order/definition.json');

  await expect(dialog.getByTestId('export-branch')).toHaveText('main');
  await expect(dialog.getByLabel('Commit message')).toHaveValue('Create order definition');
  const diff = dialog.getByTestId('export-diff');
  await expect(diff.locator('.editor.modified')).toContainText('NotifyFailure');
  await expect(diff.locator('.editor.modified')).toContainText('payment declined');

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('status')).toContainText('on main: Create order definition');

  const log = git(repo, 'log', '-p', '-1');
  expect(log).toContain('Create order definition');
  expect(log).toContain('+++ b/workflows/order/definition.json');
  expect(log).toContain('+  "StartAt": "Receive",');
  expect(log).toContain('"Cause": "payment declined"');
  expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(
    'workflows/order/definition.json',
  );
  expect(git(repo, 'diff', '--cached', '--name-only').trim()).toBe('notes.txt');

  // Reopened, the dialog remembers the target; a busy repository is refused with a clear message.
  await dialog.getByRole('button', { name: 'Close' }).click();
  writeFileSync(path.join(repo, '.git', 'index.lock'), '');
  await page.getByRole('button', { name: 'Export to Git…' }).click();
  await expect(dialog.getByLabel('Path in repository')).toHaveValue(
    'workflows/order/definition.json',
  );
  await expect(dialog.getByRole('alert', { name: 'Export refused' })).toContainText('index.lock');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
});
