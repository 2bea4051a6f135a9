import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { detectFormat, parseDocument } from '../../shared/asl';
import { defaultDataDir } from '../../main/services/paths';
import { GitExportService } from '../../main/services/git';
import type { ExportExtras, ExportRefusal, ExportTestFile } from '../../main/services/git';
import { UsageError, type CliCommand, type CliIO } from '../io';

/** Parsed `export` arguments. */
export interface ExportArgs {
  file: string;
  repo: string;
  path: string | null;
  message: string | null;
  branch: string | null;
  withSam: boolean;
  withTests: string | null;
  push: boolean;
}

const USAGE =
  'asl-studio export FILE --repo DIR [--path P] [--message M] [--branch B] [--with-sam] [--with-tests DIR] [--push]';

/** Parses the arguments; throws UsageError on bad usage. */
export function parseExportArgs(args: string[]): ExportArgs {
  let file: string | null = null;
  const parsed: Omit<ExportArgs, 'file' | 'repo'> & { repo: string | null } = {
    repo: null,
    path: null,
    message: null,
    branch: null,
    withSam: false,
    withTests: null,
    push: false,
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--repo') parsed.repo = value();
    else if (flag === '--path') parsed.path = value();
    else if (flag === '--message' || flag === '-m') parsed.message = value();
    else if (flag === '--branch') parsed.branch = value();
    else if (flag === '--with-sam') parsed.withSam = true;
    else if (flag === '--with-tests') parsed.withTests = value();
    else if (flag === '--push') parsed.push = true;
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option '${flag}'`);
    else if (file === null) file = arg;
    else throw new UsageError(`export takes one FILE; got '${file}' and '${arg}'`);
  }
  if (file === null) throw new UsageError('FILE is required');
  if (parsed.repo === null) throw new UsageError('--repo DIR is required');
  return { ...parsed, file, repo: parsed.repo };
}

/** `order.asl.yaml` -> `order.asl.json`: the file name the definition gets when no --path is given. */
function defaultPathFor(file: string): string {
  const base = path.basename(file);
  return /\.(json|ya?ml)$/i.test(base) ? base.replace(/\.(json|ya?ml)$/i, '.json') : `${base}.json`;
}

/** Reads the scenarios (and a MockConfigFile) of a folder; a broken file is an error with its place. */
async function readTests(
  dir: string,
  exported: { file: string; definition: unknown },
  warn: (message: string) => void,
): Promise<ExportExtras | string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return `${dir}: no such folder`;
  const extras: ExportExtras = {};
  const tests: ExportTestFile[] = [];
  for (const entry of entries
    .filter((e) => e.isFile() && /\.json$/i.test(e.name))
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name);
    const parsed = parseDocument(await readFile(file, 'utf8'), 'json');
    const error = parsed.errors[0];
    if (error) return `${file}:${error.line}:${error.column}: ${error.message}`;
    const value = parsed.value as Record<string, unknown> | undefined;
    const isMockConfig =
      typeof value === 'object' &&
      value !== null &&
      'MockedResponses' in value &&
      'StateMachines' in value;
    if (isMockConfig) extras.mocks = value;
    else tests.push({ fileName: entry.name, content: retarget(value, file, exported, warn) });
  }
  if (tests.length) extras.tests = tests;
  return extras;
}

/**
 * A scenario that points (definitionFile) at the file being exported gets that definition inline;
 * the service then points it at the exported copy. A pointer to another file cannot follow the
 * scenario into the repository, so it is kept and reported.
 */
function retarget(
  scenario: unknown,
  scenarioFile: string,
  exported: { file: string; definition: unknown },
  warn: (message: string) => void,
): unknown {
  if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return scenario;
  const record = scenario as Record<string, unknown>;
  if (typeof record.definitionFile !== 'string') return scenario;
  const target = path.resolve(path.dirname(scenarioFile), record.definitionFile);
  if (target !== exported.file) {
    warn(
      `${scenarioFile}: definitionFile ${record.definitionFile} is not the exported file; kept as it is`,
    );
    return scenario;
  }
  const { definitionFile: _pointer, ...rest } = record;
  return { ...rest, definition: exported.definition };
}

function printRefusal(io: CliIO, refusal: ExportRefusal): void {
  io.stderr(`asl-studio export: ${refusal.message}\n`);
  if (refusal.output) io.stderr(`${refusal.output.replace(/^/gm, '  | ')}\n`);
}

/** Runs `export`: returns 0 on a commit, 1 when refused, 2 on bad usage (thrown UsageError). */
export async function runExport(args: string[], io: CliIO): Promise<number> {
  const parsed = parseExportArgs(args);
  const file = path.resolve(io.cwd, parsed.file);
  const repo = path.resolve(io.cwd, parsed.repo);
  if (!(await stat(file).catch(() => undefined))?.isFile()) {
    io.stderr(`asl-studio export: ${file}: no such file\n`);
    return 1;
  }
  const text = await readFile(file, 'utf8');
  const service = new GitExportService({ dataDir: defaultDataDir() });
  const remembered = await service.target(file);
  const target =
    parsed.path ?? (remembered?.repo === repo ? remembered.path : defaultPathFor(file));
  let extras: ExportExtras = { sam: parsed.withSam };
  if (parsed.withTests) {
    const parsedDefinition = parseDocument(text, detectFormat(text, file)).value;
    const tests = await readTests(
      path.resolve(io.cwd, parsed.withTests),
      { file, definition: parsedDefinition },
      (message) => io.stderr(`asl-studio export: warning: ${message}\n`),
    );
    if (typeof tests === 'string') {
      io.stderr(`asl-studio export: --with-tests: ${tests}\n`);
      return 1;
    }
    extras = { ...extras, ...tests };
  }
  const request = {
    repo,
    path: target,
    text,
    format: detectFormat(text, file),
    definitionKey: file,
    ...(parsed.message ? { message: parsed.message } : {}),
    extras,
  };
  const preview = await service.preview(request);
  if (!preview.ok) {
    printRefusal(io, preview.refusal);
    return 1;
  }
  // --branch names the branch to commit on: the current one is fine, any other is created at HEAD.
  const newBranch =
    parsed.branch && parsed.branch !== preview.value.branch ? parsed.branch : undefined;
  if (preview.value.blocked?.code === 'needs-branch' && !newBranch) {
    io.stderr(
      'asl-studio export: HEAD is detached; pass --branch NAME to commit the export on a new branch.\n',
    );
    return 1;
  }
  const result = await service.exportDefinition({
    ...request,
    ...(newBranch ? { newBranch } : {}),
  });
  if (!result.ok) {
    printRefusal(io, result.refusal);
    return 1;
  }
  const { commit, branch, message, files } = result.value;
  io.stdout(
    `Committed ${commit.slice(0, 12)} on ${branch}: ${message}\n${files.map((f) => `  ${f}\n`).join('')}`,
  );
  if (!parsed.push) {
    io.stdout('Not pushed (push with git push, or pass --push).\n');
    return 0;
  }
  const pushed = await service.push(repo);
  if (!pushed.ok) {
    printRefusal(io, pushed.refusal);
    return 1;
  }
  io.stdout(`Pushed ${pushed.value.branch} to ${pushed.value.remote}.\n`);
  return 0;
}

/** The `export` command: a definition into a git repository, committing only its path. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary:
    'Write a definition as JSON into a git repository and commit only that path (plus --with-sam/--with-tests extras).',
  usage: USAGE,
  run: runExport,
};
