import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../io';
import { runCli } from '../main';

const dir = mkdtempSync(path.join(os.tmpdir(), 'asl-validate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string): string => {
  writeFileSync(path.join(dir, name), text);
  return name;
};
const GOOD = write(
  'good.asl.json',
  JSON.stringify({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } }, null, 2),
);
const BAD = write(
  'bad.asl.json',
  '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" },\n    "B": { "Type": "Succeed" }\n  }\n}\n',
);
const WARN = write(
  'warn.asl.yaml',
  'StartAt: A\nStates:\n  A:\n    Type: Fail\n    Error: $.error\n',
);
const SYNC = write(
  'sync.asl.json',
  JSON.stringify({
    StartAt: 'A',
    States: { A: { Type: 'Task', Resource: 'arn:aws:states:::ecs:runTask.sync', End: true } },
  }),
);

async function validate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd: dir, stdout: (t) => (out += t), stderr: (t) => (err += t) };
  const code = await runCli(['validate', ...args], io);
  return { code, out, err };
}

describe('asl-studio validate', () => {
  it('exits 0 for a valid file and prints a summary', async () => {
    const r = await validate(GOOD);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe('1 file validated: 0 errors, 0 warnings\n');
  });

  it('prints compiler-style lines and exits 1 on an error', async () => {
    const r = await validate(GOOD, BAD);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe(
      "bad.asl.json:4:28  ERROR    MISSING_TRANSITION_TARGET  Missing 'Next' target: Nowhere (at /States/A/Next)",
    );
    expect(r.out.split('\n')[1]).toBe(
      'bad.asl.json:5:5  ERROR    MISSING_TRANSITION_TARGET  State "B" is not reachable. (at /States/B)',
    );
    expect(r.out).toMatch(/2 files validated: 2 errors, 0 warnings\n$/);
  });

  it('prints JSON with severity, code, message, location, line and column', async () => {
    const r = await validate('--format', 'json', BAD, WARN);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual([
      {
        file: BAD,
        diagnostics: [
          {
            severity: 'ERROR',
            code: 'MISSING_TRANSITION_TARGET',
            message: "Missing 'Next' target: Nowhere",
            location: '/States/A/Next',
            line: 4,
            column: 28,
          },
          expect.objectContaining({
            code: 'MISSING_TRANSITION_TARGET',
            location: '/States/B',
            line: 5,
            column: 5,
          }),
        ],
      },
      {
        file: WARN,
        diagnostics: [
          expect.objectContaining({ severity: 'WARNING', code: 'NO_PATH', line: 5, column: 5 }),
        ],
      },
    ]);
  });

  it('exits 0 when only warnings are found', async () => {
    expect((await validate('--format=json', WARN)).code).toBe(0);
  });

  it('applies --type EXPRESS', async () => {
    expect((await validate(SYNC)).code).toBe(0);
    const r = await validate('--type', 'express', SYNC);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(
      /SCHEMA_VALIDATION_FAILED {2}Express state machines do not support the '\.sync'/,
    );
  });

  it('reports a missing file clearly and exits 1', async () => {
    const r = await validate('missing.json', GOOD);
    expect(r.code).toBe(1);
    expect(r.err).toBe('asl-studio validate: cannot read missing.json: no such file\n');
    expect(r.out).toMatch(/1 file validated/);
  });

  it('exits 2 on bad usage', async () => {
    for (const args of [
      [],
      ['--format', 'xml', GOOD],
      ['--type', 'FAST', GOOD],
      ['--bogus', GOOD],
      [GOOD, '--format'],
    ]) {
      const r = await validate(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/Usage: asl-studio validate FILE/);
    }
  });
});
