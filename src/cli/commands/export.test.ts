import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../main';
import type { CliIO } from '../io';
import {
  chainDefinition,
  git,
  gitStatus,
  isolateGitConfig,
  makeRepo,
  tempDir,
  writeIn,
} from '../../main/services/git/testRepo';

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

async function cli(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, stdout: (t) => void (out += t), stderr: (t) => void (err += t) };
  const code = await runCli(['export', ...args], io);
  return { code, out, err };
}

function definitionFile(dir: string, name: string, definition: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, JSON.stringify(definition));
  return file;
}

describe('asl-studio export', () => {
  it('commits the definition and prints the commit', async () => {
    const repo = makeRepo();
    const work = tempDir();
    definitionFile(work, 'order.asl.json', chainDefinition('A', 'B'));
    const result = await cli(work, 'order.asl.json', '--repo', repo, '--path', 'sfn/order.json');
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^Committed [0-9a-f]{12} on main: Create order definition\n {2}sfn\/order.json\n/,
    );
    expect(result.out).toContain('Not pushed');
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('Create order definition');
    expect(readFileSync(path.join(repo, 'sfn/order.json'), 'utf8')).toBe(
      JSON.stringify(chainDefinition('A', 'B'), null, 2) + '\n',
    );
  });

  it('converts YAML, remembers the path, and takes --message', async () => {
    const repo = makeRepo();
    const work = tempDir();
    writeFileSync(
      path.join(work, 'flow.asl.yaml'),
      'StartAt: A\nStates:\n  A:\n    Type: Succeed\n',
    );
    expect(
      (await cli(work, 'flow.asl.yaml', '--repo', repo, '--path', 'machines/flow.json')).code,
    ).toBe(0);
    writeFileSync(
      path.join(work, 'flow.asl.yaml'),
      'StartAt: A\nStates:\n  A:\n    Type: Succeed\n    Comment: done\n',
    );
    const second = await cli(work, 'flow.asl.yaml', '--repo', repo, '--message', 'docs: comment');
    expect(second.code).toBe(0);
    expect(git(repo, 'show', '--name-only', '--format=%s', 'HEAD').trim()).toBe(
      'docs: comment\n\nmachines/flow.json',
    );
  });

  it('requires --branch on a detached HEAD, and commits on it when given', async () => {
    const repo = makeRepo();
    git(repo, 'switch', '--quiet', '--detach', 'HEAD');
    const work = tempDir();
    definitionFile(work, 'd.json', chainDefinition('A'));
    const refused = await cli(work, 'd.json', '--repo', repo);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('pass --branch NAME');
    const done = await cli(work, 'd.json', '--repo', repo, '--branch', 'sfn-export');
    expect(done.code).toBe(0);
    expect(done.out).toContain('on sfn-export');
  });

  it('exits 1 with the reason mid-merge and when a hook rejects', async () => {
    const repo = makeRepo();
    const work = tempDir();
    definitionFile(work, 'd.json', chainDefinition('A'));
    writeFileSync(
      path.join(repo, '.git/hooks/pre-commit'),
      '#!/bin/sh\necho "no definitions on Fridays"\nexit 1\n',
      { mode: 0o755 },
    );
    const hooked = await cli(work, 'd.json', '--repo', repo);
    expect(hooked.code).toBe(1);
    expect(hooked.err).toContain('no definitions on Fridays');
    expect(hooked.err).toContain('Nothing was committed');
    writeIn(repo, '.git/MERGE_HEAD', git(repo, 'rev-parse', 'HEAD'));
    const merging = await cli(work, 'd.json', '--repo', repo);
    expect(merging.code).toBe(1);
    expect(merging.err).toMatch(/merge is in progress/);
  });

  it('writes the SAM snippet and the tests of a folder beside the definition', async () => {
    const repo = makeRepo();
    const work = tempDir();
    const definition = {
      StartAt: 'T',
      States: { T: { Type: 'Task', Resource: '${FnArn}', End: true } },
    };
    definitionFile(work, 'd.json', definition);
    writeIn(
      work,
      'tests/ok.json',
      JSON.stringify({
        name: 'ok',
        definition,
        mocks: { T: { '0': { Return: 1 } } },
        expected: { status: 'SUCCEEDED', output: 1 },
      }),
    );
    writeIn(work, 'tests/mocks.json', JSON.stringify({ StateMachines: {}, MockedResponses: {} }));
    const result = await cli(
      work,
      'd.json',
      '--repo',
      repo,
      '--path',
      'app/definition.json',
      '--with-sam',
      '--with-tests',
      'tests',
    );
    expect(result.code).toBe(0);
    expect(git(repo, 'show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(
      [
        'app/definition.json',
        'app/definition.sam.yaml',
        'app/tests/MockConfigFile.json',
        'app/tests/ok.json',
      ],
    );
    const scenario = JSON.parse(readFileSync(path.join(repo, 'app/tests/ok.json'), 'utf8'));
    expect(scenario.definitionFile).toBe('../definition.json');

    // A scenario pointing at the exported file by its own relative path follows it too.
    writeIn(
      work,
      'tests/ok.json',
      JSON.stringify({
        name: 'ok',
        definitionFile: '../d.json',
        expected: { status: 'SUCCEEDED' },
      }),
    );
    writeIn(
      work,
      'tests/other.json',
      JSON.stringify({
        name: 'other',
        definitionFile: '../elsewhere.json',
        expected: { status: 'SUCCEEDED' },
      }),
    );
    definitionFile(work, 'd.json', { ...definition, Comment: 'v2' });
    const again = await cli(
      work,
      'd.json',
      '--repo',
      repo,
      '--path',
      'app/definition.json',
      '--with-tests',
      'tests',
    );
    expect(again.code).toBe(0);
    expect(again.err).toContain('definitionFile ../elsewhere.json is not the exported file');
    const moved = JSON.parse(readFileSync(path.join(repo, 'app/tests/ok.json'), 'utf8'));
    expect(moved).toEqual({
      name: 'ok',
      expected: { status: 'SUCCEEDED' },
      definitionFile: '../definition.json',
    });

    writeIn(work, 'tests/broken.json', '{ "name": ');
    const broken = await cli(
      work,
      'd.json',
      '--repo',
      repo,
      '--path',
      'app/definition.json',
      '--with-tests',
      'tests',
    );
    expect(broken.code).toBe(1);
    expect(broken.err).toMatch(/broken\.json:1:\d+: /);
  });

  it('pushes only when asked', async () => {
    const remote = tempDir();
    git(remote, 'init', '--quiet', '--bare');
    const repo = makeRepo();
    git(repo, 'remote', 'add', 'origin', remote);
    const work = tempDir();
    definitionFile(work, 'd.json', chainDefinition('A'));
    expect((await cli(work, 'd.json', '--repo', repo)).code).toBe(0);
    expect(gitStatus(remote, 'rev-parse', '--verify', '--quiet', 'main')).not.toBe(0);
    definitionFile(work, 'd.json', chainDefinition('A', 'B'));
    const pushed = await cli(work, 'd.json', '--repo', repo, '--push');
    expect(pushed.code).toBe(0);
    expect(pushed.out).toContain('Pushed main to origin');
    expect(git(remote, 'log', '-1', '--format=%s', 'main').trim()).toBe('Add state B to d');
  });

  it('exits 2 on bad usage and 1 for a missing file or a path escaping the repository', async () => {
    const repo = makeRepo();
    const work = tempDir();
    expect((await cli(work)).code).toBe(2);
    expect((await cli(work, 'd.json')).err).toContain('--repo DIR is required');
    expect((await cli(work, 'd.json', '--repo', repo, '--bogus')).code).toBe(2);
    expect((await cli(work, 'missing.json', '--repo', repo)).code).toBe(1);
    definitionFile(work, 'd.json', chainDefinition('A'));
    const escaping = await cli(work, 'd.json', '--repo', repo, '--path', '../x.json');
    expect(escaping.code).toBe(1);
    expect(escaping.err).toContain("uses '..'");
  });
});
