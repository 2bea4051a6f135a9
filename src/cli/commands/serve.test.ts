import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../../main/services/test-folder';
import { UsageError, type CliIO } from '../io';
import { parseServeArgs, runServe } from './serve';

describe('parseServeArgs', () => {
  it('reads FILE, --port, --open and --data-dir', () => {
    expect(parseServeArgs(['x.asl.json', '--port', '8080', '--open', '--data-dir=/d'])).toEqual({
      file: 'x.asl.json',
      port: 8080,
      open: true,
      dataDir: '/d',
    });
    expect(parseServeArgs([])).toEqual({ file: null, port: 0, open: false, dataDir: null });
  });

  it('refuses bad usage with a clear message', () => {
    expect(() => parseServeArgs(['--port', 'abc'])).toThrow(UsageError);
    expect(() => parseServeArgs(['--port', '70000'])).toThrow(/0 to 65535/);
    expect(() => parseServeArgs(['--port'])).toThrow(/needs a value/);
    expect(() => parseServeArgs(['--bogus'])).toThrow(/unknown option/);
    expect(() => parseServeArgs(['a.json', 'b.json'])).toThrow(/one file/);
  });
});

describe('runServe', () => {
  let folder: ReturnType<typeof tempFolder>;
  beforeEach(() => (folder = tempFolder()));
  afterEach(() => folder.remove());

  function captureIO(): CliIO & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return {
      cwd: folder.dir,
      out,
      err,
      stdout: (t) => void out.push(t),
      stderr: (t) => void err.push(t),
    };
  }

  it('prints the URL with its token as the first line, then stops cleanly', async () => {
    writeFileSync(path.join(folder.dir, 'm.asl.json'), '{}');
    const io = captureIO();
    let stop!: () => void;
    const stopped = new Promise<void>((r) => (stop = r));
    const running = runServe(['m.asl.json', '--data-dir', 'data'], io, stopped);
    for (let i = 0; i < 200 && !io.out.join('').includes('\n'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const first = io.out.join('').split('\n')[0];
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
    const reply = await fetch(new URL('/api/appInitialFile', first), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-asl-studio-token': new URL(first).searchParams.get('token')!,
      },
      body: '{}',
    });
    expect((await reply.json()).value.name).toBe('m.asl.json');
    stop();
    expect(await running).toBe(0);
  });

  it('fails with a clear message for a missing file', async () => {
    const io = captureIO();
    expect(await runServe(['missing.json'], io)).toBe(1);
    expect(io.err.join('')).toContain('no such file');
  });
});
