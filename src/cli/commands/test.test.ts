import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import type { CliIO } from '../io';

function capture(cwd: string): CliIO & { out: string } {
  const io = {
    cwd,
    out: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.out += t),
  };
  return io;
}

const pass = { StartAt: 'P', States: { P: { Type: 'Pass', End: true } } };
const dir = mkdtempSync(path.join(tmpdir(), 'asl-test-'));
mkdirSync(path.join(dir, 'cases'));
writeFileSync(
  path.join(dir, 'cases', 'ok.json'),
  JSON.stringify({
    name: 'ok',
    definition: pass,
    input: { a: 1 },
    expected: { status: 'SUCCEEDED', output: { a: 1 } },
  }),
);
writeFileSync(
  path.join(dir, 'cases', 'wrong.json'),
  JSON.stringify({
    name: 'wrong',
    definition: pass,
    input: { a: 1 },
    expected: { status: 'SUCCEEDED', output: { a: 2 } },
  }),
);
writeFileSync(path.join(dir, 'machine.json'), JSON.stringify(pass));
writeFileSync(
  path.join(dir, 'from-file.json'),
  JSON.stringify({
    name: 'file',
    definitionFile: 'machine.json',
    input: [1],
    expected: { status: 'SUCCEEDED', output: [1] },
  }),
);
writeFileSync(path.join(dir, 'broken.json'), '{"name": ');

describe('asl-studio test', () => {
  it('runs files and folders; a line per failure; last line N passed, M failed; exit 1 on failure', async () => {
    const io = capture(dir);
    expect(await runCli(['test', 'cases', 'from-file.json'], io)).toBe(1);
    const lines = io.out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('wrong.json');
    expect(lines[0]).toContain('output: expected {"a":2}, got {"a":1}');
    expect(lines.at(-1)).toBe('2 passed, 1 failed');
  });

  it('exits 0 when all pass, and reports a broken file as a failure with its location', async () => {
    const ok = capture(dir);
    expect(await runCli(['test', 'cases/ok.json'], ok)).toBe(0);
    expect(ok.out.trim()).toBe('1 passed, 0 failed');
    const broken = capture(dir);
    expect(await runCli(['test', 'broken.json'], broken)).toBe(1);
    expect(broken.out).toMatch(/broken\.json:1:\d+/);
  });
});
