import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { validateText } from '../../shared/validate/index';
import { runCli } from '../main';
import type { CliIO } from '../io';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const realworld = path.resolve(repoRoot, '..', 'shared', 'realworld');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'asl-lint-'));
  temps.push(dir);
  return dir;
}

async function lint(
  cwd: string,
  ...args: string[]
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { cwd, stdout: (t) => (out += t), stderr: (t) => (err += t) };
  const code = await runCli(['lint', ...args], io);
  return { code, out, err };
}

const MISSING_RETRY = JSON.stringify(
  {
    StartAt: 'Notify',
    TimeoutSeconds: 60,
    States: {
      Notify: {
        Type: 'Task',
        Resource: 'arn:aws:states:::sns:publish',
        Parameters: { TopicArn: 't', Message: 'm' },
        End: true,
      },
    },
  },
  null,
  2,
);

describe('asl-studio lint', () => {
  it('prints validation errors and lint findings together, and exits 1 only when an ERROR remains', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'ok.asl.json'), MISSING_RETRY);
    writeFileSync(
      path.join(dir, 'bad.asl.json'),
      '{"StartAt": "Nowhere", "States": {"A": {"Type": "Pass", "End": true}}}',
    );
    const ok = await lint(dir, 'ok.asl.json');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(
      /^ok\.asl\.json:5:5: warning Task 'Notify' has no Retry.*\[task-retry\]$/m,
    );
    const bad = await lint(dir, 'ok.asl.json', 'bad.asl.json');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/^bad\.asl\.json:1:\d+: error .*\[[A-Z_]+\]$/m);
  });

  it('writes JSON in the validate shape and SARIF 2.1.0', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'm.asl.json'), MISSING_RETRY);
    const json = JSON.parse((await lint(dir, 'm.asl.json', '--format', 'json')).out) as {
      file: string;
      diagnostics: Record<string, unknown>[];
    }[];
    expect(json[0].file).toBe('m.asl.json');
    expect(json[0].diagnostics[0]).toMatchObject({
      severity: expect.any(String),
      code: expect.any(String),
      message: expect.any(String),
      location: expect.any(String),
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(json[0].diagnostics.map((d) => d.code)).toContain('task-retry');
    const sarif = JSON.parse((await lint(dir, 'm.asl.json', '--format=sarif')).out) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r) => r.ruleId)).toContain('task-retry');
  });

  it('reads .asl-studio.json (severities, EXPRESS by glob) and --type / --config override it', async () => {
    const dir = tempDir();
    const job = JSON.stringify({
      StartAt: 'Job',
      States: {
        Job: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun.sync', End: true },
      },
    });
    writeFileSync(path.join(dir, 'job.asl.json'), job);
    writeFileSync(
      path.join(dir, '.asl-studio.json'),
      JSON.stringify({
        rules: { 'task-retry': 'error' },
        overrides: [{ files: 'job.asl.json', workflowType: 'EXPRESS' }],
      }),
    );
    const configured = await lint(dir, 'job.asl.json');
    expect(configured.out).toMatch(/error Task 'Job' has no Retry/);
    expect(configured.out).toMatch(/error .*Express/);
    const standard = await lint(dir, 'job.asl.json', '--type', 'STANDARD', '--format', 'json');
    expect(standard.out).not.toMatch(/express-unsupported|Express/);
    writeFileSync(path.join(dir, 'other.json'), JSON.stringify({ rules: { 'task-retry': 'off' } }));
    expect((await lint(dir, 'job.asl.json', '--config', 'other.json')).out).not.toMatch(
      /task-retry/,
    );
    writeFileSync(path.join(dir, 'broken.json'), '{"rules": {"no-such-rule": "off"}}');
    const broken = await lint(dir, 'job.asl.json', '--config', 'broken.json');
    expect([broken.code, broken.err]).toEqual([
      2,
      expect.stringContaining("Unknown rule 'no-such-rule'"),
    ]);
  });

  it('rejects bad usage and reports unreadable files', async () => {
    const dir = tempDir();
    expect((await lint(dir)).code).toBe(2);
    expect((await lint(dir, 'x.json', '--format', 'xml')).err).toContain('--format must be');
    const missing = await lint(dir, 'missing.json');
    expect([missing.code, missing.err]).toEqual([
      1,
      expect.stringContaining('cannot read missing.json'),
    ]);
  });

  it.skipIf(!existsSync(realworld))(
    '--fix on every real-world definition: valid afterwards, idempotent, untouched lines kept (../shared/realworld)',
    async () => {
      const dir = tempDir();
      const files = readdirSync(realworld).filter((f) => f.endsWith('.json'));
      for (const f of files) cpSync(path.join(realworld, f), path.join(dir, f));
      const first = await lint(dir, '--fix', ...files);
      expect(first.err).toBe('');
      expect(first.out).toMatch(/file\(s\) fixed/);
      const fixed = new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]));
      let changedFiles = 0;
      for (const f of files) {
        const before = readFileSync(path.join(realworld, f), 'utf8');
        const after = fixed.get(f)!;
        if (after !== before) changedFiles++;
        const errors = validateText(after, { fileName: f }).diagnostics.filter(
          (d) => d.severity === 'ERROR',
        );
        expect(errors, f).toEqual([]);
        // Untouched lines stay as they were. A line a member is appended after may gain a comma
        // (and be re-spaced by the edit primitives); lines naming a renamed state change; a
        // one-line document is all one line.
        if (!before.includes('\n')) continue;
        const renamed = [
          ...before.matchAll(
            /"((?:Lambda Invoke|Pass|Task|Choice|Map|Wait|Parallel)(?: \(\d+\))?)"/g,
          ),
        ].map((m) => m[1]);
        const norm = (l: string): string => l.replace(/\s+/g, '').replace(/,$/, '');
        const left = new Map<string, number>();
        for (const l of after.split(/\r?\n/)) left.set(norm(l), (left.get(norm(l)) ?? 0) + 1);
        for (const line of before.split(/\r?\n/)) {
          const n = left.get(norm(line)) ?? 0;
          if (n > 0) left.set(norm(line), n - 1);
          else
            expect(
              renamed.some((name) => line.includes(`"${name}"`)) ||
                line.includes('startExecution.sync"'),
              `${f}: lost line ${line}`,
            ).toBe(true);
        }
      }
      expect(changedFiles).toBeGreaterThan(100);
      const second = await lint(dir, '--fix', ...files);
      expect(second.out).toMatch(/, 0 file\(s\) fixed/);
      for (const f of files) expect(readFileSync(path.join(dir, f), 'utf8'), f).toBe(fixed.get(f));
    },
  );
});
