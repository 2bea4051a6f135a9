/**
 * Export to git from the designer, in Chromium through `asl-studio serve`: the dialog shows the
 * diff against HEAD, Export commits only the definition's path, and `git log -p` shows it; a
 * detached HEAD asks for a branch and a rejecting hook is reported with its output.
 */
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openDesigner, screenshot } from './support/designer';
import { startServe, tempDir, type ServeProcess } from './support/serve';

/** The machine's git configuration must not leak into these repositories (nor into serve's git). */
const ISOLATED = ['HOME', 'XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_NOSYSTEM'];
const IDENTITY = [
  'GIT_AUTHOR_NAME',
  'GIT_AUTHOR_EMAIL',
  'GIT_COMMITTER_NAME',
  'GIT_COMMITTER_EMAIL',
  'EMAIL',
];
const saved = new Map<string, string | undefined>();
let serve: ServeProcess | undefined;

test.beforeAll(() => {
  for (const key of [...ISOLATED, ...IDENTITY]) saved.set(key, process.env[key]);
  const home = tempDir('git-home');
  writeFileSync(path.join(home, '.gitconfig'), '');
  Object.assign(process.env, {
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    GIT_CONFIG_GLOBAL: path.join(home, '.gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
  });
  for (const key of IDENTITY) delete process.env[key];
});

test.afterEach(async () => {
  await serve?.stop();
  serve = undefined;
});

test.afterAll(() => {
  for (const [key, value] of saved) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const git = (cwd: string, ...args: string[]): string =>
  execFileSync('git', args, { cwd, encoding: 'utf8' });

/** A repository on main with an identity and one commit. */
function makeRepo(): string {
  const repo = tempDir('export-repo');
  git(repo, 'init', '--quiet', '--initial-branch=main');
  git(repo, 'config', 'user.name', 'E2E Person');
  git(repo, 'config', 'user.email', 'e2e@example.com');
  writeFileSync(path.join(repo, 'README.md'), '# app\n');
  git(repo, 'add', 'README.md');
  git(repo, 'commit', '--quiet', '-m', 'init');
  return repo;
}

const DEFINITION = {
  StartAt: 'Receive',
  States: {
    Receive: { Type: 'Pass', Next: 'NotifyFailure' },
    NotifyFailure: { Type: 'Fail', Error: 'OrderFailed', Cause: 'payment declined' },
  },
};

/** Serves order.asl.json, opens the designer and the export dialog, and fills in the target. */
async function openExport(page: Page, repo: string, target = 'workflows/order/definition.json') {
  const work = tempDir('export-work');
  writeFileSync(path.join(work, 'order.asl.json'), JSON.stringify(DEFINITION));
  serve = await startServe({ file: 'order.asl.json', cwd: work });
  await openDesigner(page, serve.url);
  await page.getByRole('button', { name: 'Export to Git…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export to Git' });
  await dialog.getByLabel('Repository folder').fill(repo);
  await dialog.getByLabel('Path in repository').fill(target);
  return dialog;
}

test('exports the open definition into a repository, showing the diff first', async ({ page }) => {
  const repo = makeRepo();
  writeFileSync(path.join(repo, 'notes.txt'), 'staged, not part of the export\n');
  git(repo, 'add', 'notes.txt');
  const remote = tempDir('export-remote');
  git(remote, 'init', '--quiet', '--bare');
  git(repo, 'remote', 'add', 'origin', remote);
  const dialog = await openExport(page, repo);

  await expect(dialog.getByTestId('export-branch')).toHaveText('main');
  await expect(dialog.getByLabel('Commit message')).toHaveValue('Create order definition');
  const modified = dialog.getByTestId('export-diff').locator('.editor.modified');
  await expect(modified).toContainText('NotifyFailure');
  await expect(modified).toContainText('payment declined');
  await screenshot(page, 'export-dialog');

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

  // Push is never automatic: nothing reached the remote until the Push button.
  expect(git(remote, 'branch', '--list').trim()).toBe('');
  await dialog.getByRole('button', { name: 'Push' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Pushed' })).toContainText(
    'Pushed main to origin',
  );
  expect(git(remote, 'log', '-1', '--format=%s', 'main').trim()).toBe('Create order definition');

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

test('asks for a branch on a detached HEAD and reports a rejecting hook', async ({ page }) => {
  const repo = makeRepo();
  git(repo, 'switch', '--quiet', '--detach', 'HEAD');
  writeFileSync(
    path.join(repo, '.git', 'hooks', 'pre-commit'),
    '#!/bin/sh\necho "policy: definitions need a ticket number" >&2\nexit 1\n',
    { mode: 0o755 },
  );
  const dialog = await openExport(page, repo, 'definition.json');

  await expect(dialog.getByTestId('export-branch')).toHaveText('detached HEAD');
  await expect(dialog.getByRole('alert', { name: 'Export refused' })).toContainText(
    'HEAD is detached',
  );
  await expect(dialog.getByLabel('Commit on a new branch')).toBeChecked();
  await dialog.getByLabel('New branch name').fill('export/order');
  await expect(dialog.getByRole('alert', { name: 'Export refused' })).toHaveCount(0);

  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const failed = dialog.getByRole('alert', { name: 'Export failed' });
  await expect(failed).toContainText('policy: definitions need a ticket number');
  await expect(failed).toContainText('Nothing was committed');
  expect(existsSync(path.join(repo, 'definition.json'))).toBe(true);
  expect(JSON.parse(readFileSync(path.join(repo, 'definition.json'), 'utf8'))).toEqual(DEFINITION);
  expect(git(repo, 'rev-list', '--count', '--all').trim()).toBe('1');
  expect(git(repo, 'branch', '--list', 'export/order').trim()).toBe('');
});
