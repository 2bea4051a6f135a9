import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { loadScenario, runScenario, ScenarioError } from '../../shared/scenario';
import { UsageError, type CliCommand, type CliIO } from '../io';

/** Expands files and folders (recursively) to the scenario files they hold, sorted. */
export async function scenarioFiles(paths: string[], cwd: string): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const full = path.resolve(cwd, p);
    const info = await stat(full).catch(() => undefined);
    if (!info) throw new UsageError(`no such file or folder: ${p}`);
    if (info.isDirectory()) out.push(...(await walk(full)));
    else out.push(full);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** One scenario file run end to end: load, run, compare; problems become failure lines. */
export async function runScenarioFile(
  file: string,
): Promise<{ passed: boolean; line?: string; categories?: string[] }> {
  try {
    const text = await readFile(file, 'utf8');
    const scenario = await loadScenario(text, file, (rel) =>
      readFile(path.resolve(path.dirname(file), rel), 'utf8'),
    );
    const outcome = await runScenario(scenario);
    return {
      passed: outcome.passed,
      line: outcome.passed ? undefined : `FAIL ${file}: ${outcome.problems.join('; ')}`,
      categories: scenario.categories,
    };
  } catch (error) {
    const message =
      error instanceof ScenarioError ? error.message : `${file}: ${(error as Error).message}`;
    return { passed: false, line: `FAIL ${message}` };
  }
}

/** `asl-studio test PATH…`: runs scenario files; a line per failure, then `N passed, M failed`. */
export const testCommand: CliCommand = {
  name: 'test',
  summary: 'Run test-scenario files (and folders of them) in the simulator.',
  usage: 'asl-studio test PATH...',
  async run(args: string[], io: CliIO): Promise<number> {
    const paths = args.filter((a) => !a.startsWith('-'));
    if (paths.length === 0) throw new UsageError('give at least one scenario file or folder');
    const files = await scenarioFiles(paths, io.cwd);
    let passed = 0;
    let failed = 0;
    for (const file of files) {
      if (path.basename(file) === 'package.json') continue;
      const r = await runScenarioFile(file);
      if (r.passed) passed++;
      else {
        failed++;
        io.stdout(`${r.line}\n`);
      }
    }
    io.stdout(`${passed} passed, ${failed} failed\n`);
    return failed > 0 ? 1 : 0;
  },
};
