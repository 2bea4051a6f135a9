import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../main';
import type { CliIO } from '../io';

function capture(cwd: string): CliIO & { out: string; err: string } {
  const io = {
    cwd,
    out: '',
    err: '',
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

const dir = mkdtempSync(path.join(tmpdir(), 'asl-run-'));
writeFileSync(
  path.join(dir, 'machine.json'),
  JSON.stringify({
    StartAt: 'T',
    States: {
      T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', ResultPath: '$.r', End: true },
    },
  }),
);
writeFileSync(
  path.join(dir, 'mocks.json'),
  JSON.stringify({ T: { '0': { Return: { ok: true } } } }),
);
writeFileSync(path.join(dir, 'input.json'), JSON.stringify({ a: 1 }));
writeFileSync(
  path.join(dir, 'config.json'),
  JSON.stringify({
    StateMachines: { M: { TestCases: { Fails: { T: 'Boom' } } } },
    MockedResponses: { Boom: { '0': { Throw: { Error: 'E', Cause: 'c' } } } },
  }),
);

describe('asl-studio run', () => {
  it('prints {"status","output"} with --json, input from a file and mocks', async () => {
    const io = capture(dir);
    expect(
      await runCli(
        ['run', 'machine.json', '--input', '@input.json', '--mocks', 'mocks.json', '--json'],
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out)).toEqual({ status: 'SUCCEEDED', output: { a: 1, r: { ok: true } } });
  });

  it('prints {"status","error","cause"} for a failure, mocks from a MockConfigFile', async () => {
    const io = capture(dir);
    expect(
      await runCli(
        ['run', 'machine.json', '--input', '{"a":1}', '--mocks', 'config.json', '--json'],
        io,
      ),
    ).toBe(1);
    expect(JSON.parse(io.out)).toEqual({ status: 'FAILED', error: 'E', cause: 'c' });
  });

  it('says clearly when a file is missing or the input is not JSON', async () => {
    const io = capture(dir);
    expect(await runCli(['run', 'nope.json'], io)).toBe(2);
    expect(io.err).toContain('no such file: nope.json');
    const bad = capture(dir);
    expect(await runCli(['run', 'machine.json', '--input', '{oops'], bad)).toBe(2);
    expect(bad.err).toContain('--input:1:');
  });

  it('points at the line and column of a definition it cannot run', async () => {
    writeFileSync(
      path.join(dir, 'broken-next.json'),
      '{\n  "StartAt": "A",\n  "States": {\n    "A": { "Type": "Pass", "Next": "Nowhere" }\n  }\n}\n',
    );
    const io = capture(dir);
    expect(await runCli(['run', 'broken-next.json'], io)).toBe(1);
    expect(io.err).toMatch(/^broken-next\.json:4:\d+: State 'A' goes to 'Nowhere'/);
  });
});
