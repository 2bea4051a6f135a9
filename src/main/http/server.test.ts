import { mkdirSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/host';
import { findAppRoot } from '../app-root';
import { tempFolder } from '../services/test-folder';
import { startServe } from './serve-host';
import type { ServeServer } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (node:http, so Host and the path go out exactly as written). */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)))!;
let folder: ReturnType<typeof tempFolder>;
let server: ServeServer;
let work: string;

function api(
  method: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return send(server.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(payload),
  });
}

beforeAll(async () => {
  folder = tempFolder();
  const renderer = path.join(folder.dir, 'renderer');
  work = path.join(folder.dir, 'work');
  mkdirSync(path.join(renderer, 'assets'), { recursive: true });
  mkdirSync(work);
  writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>ASL Studio</title>');
  writeFileSync(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(folder.dir, 'secret.txt'), 'do not serve');
  writeFileSync(
    path.join(work, 'start.asl.json'),
    '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}',
  );
  server = await startServe({
    appRoot,
    rendererDir: renderer,
    dataDir: path.join(folder.dir, 'data'),
    workingDirectory: work,
    initialFile: 'start.asl.json',
    port: 0,
    version: 'test',
  });
});
afterAll(async () => {
  await server?.close();
  folder?.remove();
});

describe('serve: access control', () => {
  it('prints a 127.0.0.1 URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await send(server.port, {
      method: 'POST',
      path: '/api/recentList',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(403);
    expect(JSON.parse(none.body).error.code).toBe('FORBIDDEN');
    expect(
      (await api('recentList', {}, { [TOKEN_HEADER]: server.token.slice(1) + 'x' })).status,
    ).toBe(403);
  });

  it('refuses foreign Origin and Host headers (CSRF, DNS rebinding)', async () => {
    expect((await api('recentList', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect(
      (await api('recentList', {}, { origin: `http://127.0.0.1:${server.port}` })).status,
    ).toBe(200);
    expect((await api('recentList', {}, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const rebound = await send(server.port, {
      path: '/',
      headers: { host: `evil.example:${server.port}` },
    });
    expect(rebound.status).toBe(403);
    expect((await api('recentList', {}, { host: 'attacker.test' })).status).toBe(403);
  });

  it('refuses non-JSON bodies and wrong methods', async () => {
    expect((await api('recentList', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect(
      (
        await send(server.port, {
          path: '/api/recentList',
          headers: { [TOKEN_HEADER]: server.token },
        })
      ).status,
    ).toBe(405);
    expect((await send(server.port, { method: 'POST', path: '/index.html' })).status).toBe(405);
  });
});

describe('serve: the host contract over HTTP', () => {
  it('opens the launch file through appInitialFile', async () => {
    const reply = JSON.parse((await api('appInitialFile', {})).body);
    expect(reply.ok).toBe(true);
    expect(reply.value).toMatchObject({
      name: 'start.asl.json',
      format: 'json',
      path: path.join(work, 'start.asl.json'),
    });
    const info = JSON.parse((await api('appInfo', {})).body).value;
    expect(info).toMatchObject({ kind: 'browser', nativeDialogs: false, workingDirectory: work });
  });

  it('round-trips save as, open, save, and refuses a save over a changed file', async () => {
    const saved = JSON.parse(
      (await api('fileSaveAs', { path: 'new.asl.yaml', text: 'StartAt: A\n' })).body,
    ).value;
    expect(saved).toMatchObject({ status: 'saved', format: 'yaml' });
    const opened = JSON.parse((await api('fileOpen', { path: saved.path })).body).value;
    expect(opened.text).toBe('StartAt: A\n');
    writeFileSync(saved.path, 'StartAt: Someone else\n');
    const refused = JSON.parse(
      (await api('fileSave', { path: saved.path, text: 'StartAt: B\n', expected: opened.stamp }))
        .body,
    ).value;
    expect(refused.status).toBe('conflict');
    const recent = JSON.parse((await api('recentList', {})).body).value;
    expect(recent[0].path).toBe(saved.path);
  });

  it('validates payloads (400 with the field) and names unknown methods (404)', async () => {
    const bad = await api('fileOpen', { path: 42 });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.message).toMatch(/\/path/);
    const unknown = await api('rmRf', {});
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD');
    const broken = await send(server.port, {
      method: 'POST',
      path: '/api/fileOpen',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token },
      body: '{"path": ',
    });
    expect(broken.status).toBe(400);
    const missing = JSON.parse((await api('fileOpen', { path: 'nope.json' })).body);
    expect(missing.error).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('nope.json'),
    });
  });

  it('serves templates and backups from the same services', async () => {
    const list = JSON.parse((await api('templateList', {})).body).value;
    expect(list.map((t: { id: string }) => t.id)).toContain('sequence-with-error-handling');
    await api('backupWrite', {
      id: 'doc',
      path: null,
      format: 'json',
      text: '{}',
      baseStamp: null,
    });
    expect(
      JSON.parse((await api('backupList', {})).body).value.map((b: { id: string }) => b.id),
    ).toEqual(['doc']);
  });
});

describe('serve: static files', () => {
  it('serves the renderer with the CSP and hardening headers', async () => {
    const index = await send(server.port, { path: '/?token=x' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('ASL Studio');
    expect(index.headers['content-security-policy']).toContain("default-src 'none'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    const js = await send(server.port, { path: '/assets/app.js' });
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect((await send(server.port, { path: '/some/route' })).body).toContain('ASL Studio');
    expect((await send(server.port, { path: '/assets/missing.js' })).status).toBe(404);
  });

  it('refuses path traversal in every spelling', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%5csecret.txt',
      '/a%00.js',
      '/%E0%A4%A',
    ]) {
      const reply = await send(server.port, { path: p });
      expect(reply.status, p).toBe(404);
      expect(reply.body).not.toContain('do not serve');
    }
  });

  it('says clearly when the renderer is not built', async () => {
    const bare = await startServe({
      appRoot,
      rendererDir: path.join(folder.dir, 'none'),
      dataDir: path.join(folder.dir, 'd2'),
      workingDirectory: work,
      initialFile: null,
      port: 0,
      version: 't',
    });
    try {
      const reply = await send(bare.port, { path: '/' });
      expect(reply.status).toBe(503);
      expect(reply.body).toContain('npm run build');
    } finally {
      await bare.close();
    }
  });
});
