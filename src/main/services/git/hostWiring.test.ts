import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../dispatch';
import { createHandlers } from '../../handlers';
import { createServices } from '../index';
import { chainDefinition, git, isolateGitConfig, makeRepo, tempDir } from './testRepo';

let restore: () => void;
beforeAll(() => {
  restore = isolateGitConfig();
});
afterAll(() => restore());

function hostHandlers(workingDirectory: string) {
  const services = createServices({
    dataDir: tempDir('asl-data-'),
    templatesDir: tempDir(),
    workingDirectory,
  });
  return createHandlers(services, {
    kind: 'browser',
    version: 'test',
    initialFile: null,
    openExternal: async () => undefined,
  });
}

describe('export* host methods', () => {
  it('preview, commit, remember and push through the same dispatch both hosts use', async () => {
    const repo = makeRepo();
    const handlers = hostHandlers(path.dirname(repo));
    const request = {
      repo: path.basename(repo), // relative: resolved against the host's working directory
      path: 'definition.json',
      text: JSON.stringify(chainDefinition('A')),
      format: 'json',
      name: 'Flow',
      definitionKey: '/docs/flow.asl.json',
    };
    const preview = await dispatch(handlers, 'exportPreview', request);
    expect(preview).toMatchObject({
      ok: true,
      value: { ok: true, value: { branch: 'main', message: 'Create Flow definition' } },
    });
    const committed = await dispatch(handlers, 'exportCommit', request);
    expect(committed).toMatchObject({
      ok: true,
      value: { ok: true, value: { files: ['definition.json'] } },
    });
    expect(git(repo, 'log', '-1', '--format=%s').trim()).toBe('Create Flow definition');
    expect(
      await dispatch(handlers, 'exportTarget', { definitionKey: '/docs/flow.asl.json' }),
    ).toEqual({
      ok: true,
      value: { repo, path: 'definition.json' },
    });
    expect(await dispatch(handlers, 'exportPush', { repo })).toMatchObject({
      ok: true,
      value: { ok: false, refusal: { code: 'no-remote' } },
    });
    const init = await dispatch(handlers, 'exportInit', { repo: path.join(tempDir(), 'fresh') });
    expect(init).toMatchObject({ ok: true, value: { ok: true } });
  });

  it('refuses malformed payloads naming the field', async () => {
    const handlers = hostHandlers(tempDir());
    const bad = await dispatch(handlers, 'exportCommit', {
      repo: '/r',
      path: 'd.json',
      text: '{}',
      format: 'xml',
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    if (!bad.ok) expect(bad.error.message).toContain('/format');
    const extra = await dispatch(handlers, 'exportPush', { repo: '/r', force: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
  });
});
