import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitExportService } from './exportService';
import {
  chainDefinition,
  git,
  gitStatus,
  isolateGitConfig,
  makeRepo,
  tempDir,
  writeIn,
} from './testRepo';
import type { ExportRequest } from './types';

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

const service = new GitExportService();

function request(
  repo: string,
  definition: unknown,
  extra: Partial<ExportRequest> = {},
): ExportRequest {
  return {
    repo,
    path: 'workflows/order/definition.json',
    text: JSON.stringify(definition),
    format: 'json',
    name: 'OrderWorkflow',
    ...extra,
  };
}

const commitCount = (repo: string): number =>
  Number(git(repo, 'rev-list', '--count', 'HEAD').trim());

/** `git ls-files -s` and `git status --porcelain` without the exported path's lines. */
function othersState(repo: string, exported: string): { index: string; status: string } {
  const keep = (text: string): string =>
    text
      .split('\n')
      .filter(
        (line) => line && !line.endsWith(exported) && !line.includes(`${exported.split('/')[0]}/`),
      )
      .join('\n');
  return {
    index: keep(git(repo, 'ls-files', '-s')),
    status: keep(git(repo, 'status', '--porcelain')),
  };
}

describe('export into a clean repository', () => {
  it('writes stable JSON, commits only that path, and prefills "Create … definition"', async () => {
    const repo = makeRepo();
    const yaml = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    End: true\n';
    const result = await service.exportDefinition({
      ...request(repo, {}),
      text: yaml,
      format: 'yaml',
    });
    expect(result).toMatchObject({
      ok: true,
      value: { branch: 'main', message: 'Create OrderWorkflow definition' },
    });
    const written = readFileSync(path.join(repo, 'workflows/order/definition.json'), 'utf8');
    expect(written).toBe(
      JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, null, 2) + '\n',
    );
    expect(git(repo, 'show', '--name-only', '--format=%s', 'HEAD').trim().split('\n')).toEqual([
      'Create OrderWorkflow definition',
      '',
      'workflows/order/definition.json',
    ]);
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });

  it('prefills the message from the states that changed and previews the diff against HEAD', async () => {
    const repo = makeRepo();
    await service.exportDefinition(request(repo, chainDefinition('Receive', 'Charge')));
    const next = chainDefinition('Receive', 'Charge', 'NotifyFailure');
    const preview = await service.preview(request(repo, next));
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.value.branch).toBe('main');
    expect(preview.value.message).toBe('Add state NotifyFailure to OrderWorkflow');
    expect(preview.value.files[0].headText).toContain('"Charge"');
    expect(preview.value.files[0].headText).not.toContain('NotifyFailure');
    expect(preview.value.files[0].newText).toContain('NotifyFailure');
    expect(preview.value.blocked).toBeUndefined();
    const result = await service.exportDefinition(request(repo, next));
    expect(result).toMatchObject({
      ok: true,
      value: { message: 'Add state NotifyFailure to OrderWorkflow' },
    });
    expect(commitCount(repo)).toBe(3);
  });

  it('uses the message given, and reports an unchanged definition instead of an empty commit', async () => {
    const repo = makeRepo();
    const def = chainDefinition('A');
    const first = await service.exportDefinition(
      request(repo, def, { message: 'feat: order flow' }),
    );
    expect(first).toMatchObject({ ok: true, value: { message: 'feat: order flow' } });
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('feat: order flow');
    const again = await service.exportDefinition(request(repo, def));
    expect(again).toMatchObject({ ok: false, refusal: { code: 'unchanged' } });
    expect(commitCount(repo)).toBe(2);
    const ticket = await service.exportDefinition(
      request(repo, chainDefinition('B'), { message: '#42: rename' }),
    );
    expect(ticket).toMatchObject({ ok: true, value: { message: '#42: rename' } });
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('#42: rename');
  });

  it('commits the first commit of an empty repository', async () => {
    const repo = makeRepo({ empty: true });
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { path: 'definition.json', name: undefined }),
    );
    expect(result).toMatchObject({
      ok: true,
      value: { branch: 'main', message: 'Create definition definition' },
    });
    expect(commitCount(repo)).toBe(1);
  });

  it('names the definition after its folder when the file is definition.json', async () => {
    const repo = makeRepo();
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { name: undefined }),
    );
    expect(result).toMatchObject({ ok: true, value: { message: 'Create order definition' } });
  });

  it('refuses a document with syntax errors, with line and column, and writes nothing', async () => {
    const repo = makeRepo();
    const result = await service.exportDefinition({
      ...request(repo, {}),
      text: '{\n  "StartAt": "A",\n  "States": {\n}',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe('invalid-definition');
    expect(result.refusal.message).toMatch(/line 4, column \d+/);
    expect(existsSync(path.join(repo, 'workflows'))).toBe(false);
  });
});

describe('other changes in the repository', () => {
  it('leaves unrelated staged and unstaged changes exactly as they were', async () => {
    const repo = makeRepo();
    writeIn(repo, 'src/app.ts', 'one\n');
    writeIn(repo, 'src/lib.ts', 'lib\n');
    git(repo, 'add', '.');
    git(repo, 'commit', '--quiet', '-m', 'code');
    writeIn(repo, 'src/app.ts', 'staged\n');
    git(repo, 'add', 'src/app.ts');
    writeIn(repo, 'src/app.ts', 'staged then edited\n');
    writeIn(repo, 'src/lib.ts', 'unstaged\n');
    writeIn(repo, 'new-staged.txt', 'new\n');
    git(repo, 'add', 'new-staged.txt');
    writeIn(repo, 'untracked.txt', 'u\n');
    const before = othersState(repo, 'workflows/order/definition.json');
    const result = await service.exportDefinition(request(repo, chainDefinition('A', 'B')));
    expect(result.ok).toBe(true);
    expect(othersState(repo, 'workflows/order/definition.json')).toEqual(before);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(
      'workflows/order/definition.json',
    );
    expect(readFileSync(path.join(repo, 'src/app.ts'), 'utf8')).toBe('staged then edited\n');
    expect(git(repo, 'show', ':src/app.ts')).toBe('staged\n');
    expect(git(repo, 'status', '--porcelain', '--', 'workflows')).toBe('');
  });

  it('commits over an earlier staged version of the exported path itself', async () => {
    const repo = makeRepo();
    await service.exportDefinition(request(repo, chainDefinition('A')));
    writeIn(repo, 'workflows/order/definition.json', '{"hand": "edited"}\n');
    git(repo, 'add', 'workflows/order/definition.json');
    const result = await service.exportDefinition(request(repo, chainDefinition('A', 'B')));
    expect(result).toMatchObject({ ok: true, value: { message: 'Add state B to OrderWorkflow' } });
    expect(git(repo, 'status', '--porcelain')).toBe('');
  });
});

describe('refusals while git is busy', () => {
  function conflictingBranches(): string {
    const repo = makeRepo();
    git(repo, 'switch', '--quiet', '-c', 'other');
    writeIn(repo, 'README.md', 'other\n');
    git(repo, 'commit', '--quiet', '-am', 'other');
    git(repo, 'switch', '--quiet', 'main');
    writeIn(repo, 'README.md', 'main\n');
    git(repo, 'commit', '--quiet', '-am', 'main');
    return repo;
  }

  it('refuses mid-merge, in the preview too, and writes nothing', async () => {
    const repo = conflictingBranches();
    expect(gitStatus(repo, 'merge', 'other')).not.toBe(0);
    const result = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'merge-in-progress' } });
    if (!result.ok)
      expect(result.refusal.message).toMatch(/merge is in progress.*git merge --abort/);
    expect(existsSync(path.join(repo, 'workflows'))).toBe(false);
    const preview = await service.preview(request(repo, chainDefinition('A')));
    expect(preview).toMatchObject({ ok: true, value: { blocked: { code: 'merge-in-progress' } } });
  });

  it('refuses mid-rebase', async () => {
    const repo = conflictingBranches();
    expect(gitStatus(repo, 'rebase', 'other')).not.toBe(0);
    const result = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'rebase-in-progress' } });
    expect(existsSync(path.join(repo, 'workflows'))).toBe(false);
  });

  it('refuses mid-cherry-pick and mid-revert', async () => {
    const repo = conflictingBranches();
    expect(gitStatus(repo, 'cherry-pick', 'other')).not.toBe(0);
    expect(await service.exportDefinition(request(repo, chainDefinition('A')))).toMatchObject({
      ok: false,
      refusal: { code: 'cherry-pick-in-progress' },
    });
    git(repo, 'cherry-pick', '--abort');
    writeIn(repo, 'README.md', 'changed again\n');
    git(repo, 'commit', '--quiet', '-am', 'again');
    expect(gitStatus(repo, 'revert', '--no-edit', 'HEAD~1')).not.toBe(0);
    expect(await service.exportDefinition(request(repo, chainDefinition('A')))).toMatchObject({
      ok: false,
      refusal: { code: 'revert-in-progress' },
    });
  });

  it('refuses with unmerged paths even when no merge is recorded', async () => {
    const repo = conflictingBranches();
    expect(gitStatus(repo, 'merge', 'other')).not.toBe(0);
    git(repo, 'merge', '--quit');
    const result = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'unmerged-paths' } });
    if (!result.ok) expect(result.refusal.message).toContain('README.md');
  });

  it('refuses while index.lock exists', async () => {
    const repo = makeRepo();
    writeFileSync(path.join(repo, '.git', 'index.lock'), '');
    const result = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'index-locked' } });
  });
});

describe('detached HEAD', () => {
  it('asks for a branch, then commits on the new branch it is given', async () => {
    const repo = makeRepo();
    git(repo, 'switch', '--quiet', '--detach', 'HEAD');
    const refused = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(refused).toMatchObject({ ok: false, refusal: { code: 'needs-branch' } });
    const preview = await service.preview(request(repo, chainDefinition('A')));
    expect(preview).toMatchObject({
      ok: true,
      value: { branch: null, blocked: { code: 'needs-branch' } },
    });
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { newBranch: 'export/order' }),
    );
    expect(result).toMatchObject({ ok: true, value: { branch: 'export/order' } });
    expect(git(repo, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('export/order');
    expect(git(repo, 'log', '-1', '--format=%s', 'export/order').trim()).toBe(
      'Create OrderWorkflow definition',
    );
  });

  it('commits on a new branch from a branch, and refuses a name that exists or is invalid', async () => {
    const repo = makeRepo();
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { newBranch: 'feature/x' }),
    );
    expect(result).toMatchObject({ ok: true, value: { branch: 'feature/x' } });
    expect(commitCount(repo)).toBe(2);
    expect(git(repo, 'rev-list', '--count', 'main').trim()).toBe('1');
    expect(
      await service.exportDefinition(request(repo, chainDefinition('B'), { newBranch: 'main' })),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'branch-exists' },
    });
    expect(
      await service.exportDefinition(
        request(repo, chainDefinition('B'), { newBranch: 'bad..name' }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-branch' },
    });
  });
});

describe('a rejecting pre-commit hook', () => {
  it('reports the hook output, keeps the file written, commits nothing, and restores index and branch', async () => {
    const repo = makeRepo();
    writeIn(repo, 'src/app.ts', 'x\n');
    git(repo, 'add', 'src/app.ts');
    const hook = path.join(repo, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, '#!/bin/sh\necho "policy: definitions need review" >&2\nexit 1\n', {
      mode: 0o755,
    });
    const before = {
      index: git(repo, 'ls-files', '-s'),
      status: git(repo, 'status', '--porcelain'),
    };
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { newBranch: 'try' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe('commit-failed');
    expect(result.refusal.output).toContain('policy: definitions need review');
    expect(result.refusal.message).toMatch(/Nothing was committed/);
    expect(result.refusal.written).toEqual(['workflows/order/definition.json']);
    expect(readFileSync(path.join(repo, 'workflows/order/definition.json'), 'utf8')).toContain(
      '"StartAt": "A"',
    );
    expect(commitCount(repo)).toBe(1);
    expect(git(repo, 'ls-files', '-s')).toBe(before.index);
    expect(git(repo, 'status', '--porcelain')).toBe(before.status + '?? workflows/\n');
    expect(git(repo, 'symbolic-ref', '--short', 'HEAD').trim()).toBe('main');
    expect(gitStatus(repo, 'rev-parse', '--verify', '--quiet', 'refs/heads/try')).not.toBe(0);
  });
});

describe('a rejecting hook on a tracked path with staged changes', () => {
  it('puts the staged version of the path back exactly', async () => {
    const repo = makeRepo();
    await service.exportDefinition(request(repo, chainDefinition('A')));
    writeIn(repo, 'workflows/order/definition.json', '{"staged": true}\n');
    git(repo, 'add', 'workflows/order/definition.json');
    writeFileSync(
      path.join(repo, '.git', 'hooks', 'pre-commit'),
      '#!/bin/sh\necho no >&2\nexit 1\n',
      { mode: 0o755 },
    );
    const before = git(repo, 'ls-files', '-s');
    const result = await service.exportDefinition(request(repo, chainDefinition('A', 'B')));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'commit-failed', output: 'no' } });
    expect(git(repo, 'ls-files', '-s')).toBe(before);
    expect(git(repo, 'show', ':workflows/order/definition.json')).toBe('{"staged": true}\n');
    expect(readFileSync(path.join(repo, 'workflows/order/definition.json'), 'utf8')).toContain(
      '"B"',
    );
    expect(commitCount(repo)).toBe(2);
  });
});

describe('paths that escape the repository', () => {
  it('refuses .. and absolute paths', async () => {
    const repo = makeRepo();
    const outside = path.join(path.dirname(repo), `${path.basename(repo)}-outside.json`);
    for (const bad of ['../escape.json', 'a/../../escape.json', outside]) {
      const result = await service.exportDefinition(
        request(repo, chainDefinition('A'), { path: bad }),
      );
      expect(result).toMatchObject({ ok: false, refusal: { code: 'path-escapes' } });
    }
    expect(existsSync(outside)).toBe(false);
    expect(existsSync(path.join(path.dirname(repo), 'escape.json'))).toBe(false);
  });

  it('refuses a symlink pointing out of the repository, and one inside it', async () => {
    const repo = makeRepo();
    const outside = tempDir('asl-outside-');
    symlinkSync(outside, path.join(repo, 'linked'));
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { path: 'linked/definition.json' }),
    );
    expect(result).toMatchObject({ ok: false, refusal: { code: 'path-escapes' } });
    expect(existsSync(path.join(outside, 'definition.json'))).toBe(false);
    mkdirSync(path.join(repo, 'real'));
    symlinkSync(path.join(repo, 'real'), path.join(repo, 'alias'));
    const inside = await service.exportDefinition(
      request(repo, chainDefinition('A'), { path: 'alias/definition.json' }),
    );
    expect(inside).toMatchObject({ ok: false, refusal: { code: 'symlink-in-path' } });
  });

  it('refuses a path inside .git and a path the repository ignores', async () => {
    const repo = makeRepo();
    expect(
      await service.exportDefinition(
        request(repo, chainDefinition('A'), { path: '.git/hooks/x.json' }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-path' },
    });
    writeIn(repo, '.gitignore', 'build/\n');
    git(repo, 'add', '.gitignore');
    git(repo, 'commit', '--quiet', '-m', 'ignore');
    expect(
      await service.exportDefinition(
        request(repo, chainDefinition('A'), { path: 'build/definition.json' }),
      ),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'path-ignored' },
    });
  });
});

describe('a folder below the repository root', () => {
  it('takes the path relative to the chosen folder and still sees a lock at the root', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, 'infra'));
    const sub = path.join(repo, 'infra');
    const result = await service.exportDefinition(
      request(sub, chainDefinition('A'), { path: 'sfn/definition.json' }),
    );
    expect(result).toMatchObject({ ok: true, value: { files: ['sfn/definition.json'] } });
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim()).toBe(
      'infra/sfn/definition.json',
    );
    const preview = await service.preview(
      request(sub, chainDefinition('A', 'B'), { path: 'sfn/definition.json' }),
    );
    expect(preview).toMatchObject({
      ok: true,
      value: { root: repo, files: [{ headText: expect.stringContaining('"A"') }] },
    });
    writeFileSync(path.join(repo, '.git', 'index.lock'), '');
    const locked = await service.exportDefinition(
      request(sub, chainDefinition('A', 'B'), { path: 'sfn/definition.json' }),
    );
    expect(locked).toMatchObject({ ok: false, refusal: { code: 'index-locked' } });
  });

  it('refuses a folder as the target, and reports a file it cannot write', async () => {
    const repo = makeRepo();
    mkdirSync(path.join(repo, 'flows'));
    expect(
      await service.exportDefinition(request(repo, chainDefinition('A'), { path: 'flows' })),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-path' },
    });
    // A file where a folder should be: the write fails (as it would on a read-only folder).
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), { path: 'README.md/definition.json' }),
    );
    expect(result).toMatchObject({ ok: false, refusal: { code: 'write-failed' } });
    if (!result.ok) expect(result.refusal.message).toContain('README.md/definition.json');
    expect(commitCount(repo)).toBe(1);
  });
});

describe('identity and repository', () => {
  it('refuses clearly when no commit identity is configured', async () => {
    const repo = makeRepo({ identity: false });
    const result = await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.code).toBe('no-identity');
    expect(result.refusal.message).toContain('user.name and user.email');
    expect(result.refusal.message).toContain('git config --global user.email');
    expect(commitCount(repo)).toBe(1);
  });

  it('refuses a folder that is not a repository, and initialises one on request', async () => {
    const dir = tempDir();
    expect(await service.preview(request(dir, chainDefinition('A')))).toMatchObject({
      ok: false,
      refusal: { code: 'not-a-repository' },
    });
    const init = await service.init(path.join(dir, 'new-repo'));
    expect(init.ok).toBe(true);
    expect(existsSync(path.join(dir, 'new-repo', '.git'))).toBe(true);
  });
});

describe('extras beside the definition', () => {
  it('writes and commits the SAM snippet, test scenarios and mocks', async () => {
    const repo = makeRepo();
    const definition = {
      StartAt: 'Save',
      States: {
        Save: {
          Type: 'Task',
          Resource: 'arn:aws:states:::dynamodb:putItem',
          Parameters: { TableName: '${OrderTable}' },
          End: true,
        },
      },
    };
    const result = await service.exportDefinition(
      request(repo, definition, {
        extras: {
          sam: true,
          tests: [
            {
              fileName: 'happy.json',
              content: { name: 'happy', definition, input: {}, expected: { status: 'SUCCEEDED' } },
            },
          ],
          mocks: { StateMachines: {}, MockedResponses: {} },
        },
      }),
    );
    expect(result.ok).toBe(true);
    const files = git(repo, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort();
    expect(files).toEqual([
      'workflows/order/definition.json',
      'workflows/order/definition.sam.yaml',
      'workflows/order/tests/MockConfigFile.json',
      'workflows/order/tests/happy.json',
    ]);
    const sam = readFileSync(path.join(repo, 'workflows/order/definition.sam.yaml'), 'utf8');
    expect(sam).toContain('DefinitionUri: "definition.json"');
    expect(sam).toContain('"OrderTable": !Ref OrderTable');
    const scenario = JSON.parse(
      readFileSync(path.join(repo, 'workflows/order/tests/happy.json'), 'utf8'),
    );
    expect(scenario.definitionFile).toBe('../definition.json');
    expect(scenario.definition).toBeUndefined();
  });

  it('refuses a test file name with folders in it', async () => {
    const repo = makeRepo();
    const result = await service.exportDefinition(
      request(repo, chainDefinition('A'), {
        extras: { tests: [{ fileName: '../../x.json', content: {} }] },
      }),
    );
    expect(result).toMatchObject({ ok: false, refusal: { code: 'invalid-path' } });
  });
});

describe('push and remembered targets', () => {
  it('never pushes on export; push sets the upstream and reports the outcome', async () => {
    const remote = tempDir('asl-remote-');
    git(remote, 'init', '--quiet', '--bare');
    const repo = makeRepo();
    expect(await service.push(repo)).toMatchObject({ ok: false, refusal: { code: 'no-remote' } });
    git(repo, 'remote', 'add', 'origin', remote);
    await service.exportDefinition(request(repo, chainDefinition('A')));
    expect(gitStatus(remote, 'rev-parse', '--verify', '--quiet', 'refs/heads/main')).not.toBe(0);
    const pushed = await service.push(repo);
    expect(pushed).toMatchObject({ ok: true, value: { remote: 'origin', branch: 'main' } });
    expect(git(remote, 'log', '-1', '--format=%s', 'main').trim()).toBe(
      'Create OrderWorkflow definition',
    );
    await service.exportDefinition(request(repo, chainDefinition('A', 'B')));
    expect(await service.push(repo)).toMatchObject({ ok: true });
    expect(git(remote, 'log', '-1', '--format=%s', 'main').trim()).toBe(
      'Add state B to OrderWorkflow',
    );
  });

  it('reports a rejected push with git output', async () => {
    const repo = makeRepo();
    git(repo, 'remote', 'add', 'origin', path.join(tempDir(), 'missing.git'));
    const result = await service.push(repo);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.refusal.code).toBe('push-failed');
      expect(result.refusal.output).toMatch(
        /does not appear to be a git repository|not found|No such/i,
      );
    }
  });

  it('pushes without ever waiting on a credential prompt, and reports a rejecting pre-push hook', async () => {
    const remote = tempDir('asl-remote-');
    git(remote, 'init', '--quiet', '--bare');
    const repo = makeRepo();
    git(repo, 'remote', 'add', 'origin', remote);
    const hook = '#!/bin/sh\necho "prompt=$GIT_TERMINAL_PROMPT" >&2\nexit 1\n';
    writeFileSync(path.join(repo, '.git', 'hooks', 'pre-push'), hook, { mode: 0o755 });
    const result = await service.push(repo);
    expect(result).toMatchObject({ ok: false, refusal: { code: 'push-failed' } });
    if (!result.ok) expect(result.refusal.output).toContain('prompt=0');
  });

  it('remembers repository and path per definition', async () => {
    const repo = makeRepo();
    const withData = new GitExportService({ dataDir: tempDir('asl-data-') });
    expect(await withData.target('/home/me/order.asl.json')).toBeUndefined();
    await withData.exportDefinition(
      request(repo, chainDefinition('A'), { definitionKey: '/home/me/order.asl.json' }),
    );
    expect(await withData.target('/home/me/order.asl.json')).toEqual({
      repo,
      path: 'workflows/order/definition.json',
    });
  });
});
