import fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_METHOD_NAMES } from '../shared/host';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { resolveStaticFile } from './http/static-files';
import { createServices } from './services/index';
import { tempFolder } from './services/test-folder';

let folder: ReturnType<typeof tempFolder>;
let handlers: ReturnType<typeof createHandlers>;

beforeAll(() => {
  folder = tempFolder();
  const services = createServices({
    dataDir: path.join(folder.dir, 'data'),
    templatesDir: path.join(folder.dir, 'templates'),
    workingDirectory: path.join(folder.dir, 'work'),
  });
  handlers = createHandlers(services, {
    kind: 'browser',
    version: 't',
    initialFile: null,
    openExternal: async () => undefined,
  });
  mkdirSync(path.join(folder.dir, 'www', 'assets'), { recursive: true });
  writeFileSync(path.join(folder.dir, 'www', 'index.html'), 'index');
  writeFileSync(path.join(folder.dir, 'secret.txt'), 'secret');
});
afterAll(() => folder.remove());

describe('dispatch', () => {
  it('answers every call with an envelope, never a throw, whatever arrives on the wire', async () => {
    // Read-only methods with arbitrary payloads, plus arbitrary method names.
    const safeMethods = HOST_METHOD_NAMES.filter((m) => /List|Get|Info|Read|Check$/.test(m));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.constantFrom(...safeMethods), fc.string()),
        fc.jsonValue(),
        async (method, payload) => {
          const envelope = await dispatch(handlers, method, payload);
          expect(typeof envelope.ok).toBe('boolean');
          if (!envelope.ok) expect(envelope.error.message.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names the unknown method and the invalid field', async () => {
    expect(await dispatch(handlers, 'nope', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(await dispatch(handlers, 'toString', {})).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    const bad = await dispatch(handlers, 'backupWrite', {
      id: 'x',
      path: null,
      format: 'xml',
      text: '',
      baseStamp: null,
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', message: expect.stringContaining('/format') },
    });
  });
});

describe('resolveStaticFile', () => {
  it('never resolves outside its folder, whatever the URL path', async () => {
    const root = path.join(folder.dir, 'www');
    const segment = fc.oneof(
      fc.constantFrom(
        '..',
        '.',
        '%2e%2e',
        '..%2f',
        '%2f',
        '%5c',
        'secret.txt',
        'assets',
        'index.html',
        '%00',
      ),
      fc.string(),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (segments) => {
        const resolved = await resolveStaticFile(root, '/' + segments.join('/'));
        if (resolved !== null) expect(resolved.startsWith(root + path.sep)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
