import { existsSync, readFileSync, statSync } from 'node:fs';
import { writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { detectFormat } from '../../shared/asl/parse';
import { validateText } from '../../shared/validate/index';
import type { Diagnostic } from '../../shared/validate/diagnostic';
import {
  ALL_RULES,
  CONFIG_FILE_NAME,
  fixText,
  lintText,
  parseConfig,
  resolveConfig,
  toSarif,
  type LintConfig,
  type WorkflowType,
} from '../../shared/lint/index';
import { UsageError, type CliCommand, type CliIO } from '../io';

/** Parsed `lint` arguments. */
export interface LintArgs {
  files: string[];
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  type?: WorkflowType;
  config?: string;
}

/** Parses `lint FILE… [--format text|json|sarif] [--fix] [--type STANDARD|EXPRESS] [--config FILE]`. */
export function parseLintArgs(args: string[]): LintArgs {
  const parsed: LintArgs = { files: [], format: 'text', fix: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (f !== 'text' && f !== 'json' && f !== 'sarif')
        throw new UsageError(`--format must be text, json or sarif, got '${f}'`);
      parsed.format = f;
    } else if (flag === '--fix') parsed.fix = true;
    else if (flag === '--type') {
      const t = value().toUpperCase();
      if (t !== 'STANDARD' && t !== 'EXPRESS')
        throw new UsageError(`--type must be STANDARD or EXPRESS, got '${t}'`);
      parsed.type = t;
    } else if (flag === '--config') parsed.config = value();
    else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option '${flag}'`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new UsageError('give at least one definition file');
  return parsed;
}

/** The folder holding the project config: the nearest ancestor with `.asl-studio.json`, stopping at a git root. */
function findConfig(start: string): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    if (existsSync(path.join(dir, '.git'))) return undefined;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Writes a file atomically (temp file, then rename), so an interrupted --fix never leaves half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${process.pid}.asl-studio-tmp`;
  await writeFile(temp, text, 'utf8');
  await rename(temp, file);
}

const SEVERITY_ORDER = { ERROR: 0, WARNING: 1, INFO: 2 } as const;

/** The fields the JSON output keeps (the same shape as `validate`). */
function plain(d: Diagnostic): Record<string, unknown> {
  return {
    severity: d.severity,
    code: d.code,
    message: d.message,
    location: d.location,
    line: d.line,
    column: d.column,
    stateName: d.stateName,
    source: d.source,
  };
}

/** Lints files: validation errors and lint findings together; exit 1 when any ERROR remains. */
export async function runLint(args: string[], io: CliIO): Promise<number> {
  const parsed = parseLintArgs(args);
  const configPath = parsed.config ? path.resolve(io.cwd, parsed.config) : findConfig(io.cwd);
  let config: LintConfig | undefined;
  const configRoot = configPath ? path.dirname(configPath) : io.cwd;
  if (configPath) {
    let text: string;
    try {
      text = readFileSync(configPath, 'utf8');
    } catch (error) {
      io.stderr(`asl-studio lint: cannot read config ${configPath}: ${(error as Error).message}\n`);
      return 2;
    }
    const result = parseConfig(text, ALL_RULES);
    if (!result.config) {
      for (const e of result.errors)
        io.stderr(
          `${configPath}:${e.line ?? 1}:${e.column ?? 1}: ${e.message}${e.location ? ` (at ${e.location})` : ''}\n`,
        );
      return 2;
    }
    config = result.config;
  }

  const reports: { file: string; diagnostics: Diagnostic[] }[] = [];
  let failed = false;
  let fixedFiles = 0;
  for (const file of parsed.files) {
    const absolute = path.resolve(io.cwd, file);
    let text: string;
    try {
      if (!statSync(absolute).isFile()) throw new Error('not a file');
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      io.stderr(`asl-studio lint: cannot read ${file}: ${(error as Error).message}\n`);
      failed = true;
      continue;
    }
    const relative = path.relative(configRoot, absolute).split(path.sep).join('/');
    const resolved = resolveConfig(ALL_RULES, config, relative, parsed.type);
    const format = detectFormat(text, absolute);
    if (parsed.fix) {
      const result = fixText(text, format, { resolved });
      if (result.text !== text) {
        await writeAtomically(absolute, result.text);
        text = result.text;
        fixedFiles++;
      }
    }
    const validation = validateText(text, {
      format,
      fileName: absolute,
      workflowType: resolved.workflowType,
    });
    const { findings } = lintText(text, { parsed: validation.parsed, resolved });
    // The validator already rejects what Express cannot run; keep its error, not a second one.
    const validatorAt = new Set(validation.diagnostics.map((d) => `${d.location}`));
    const lint = findings.filter(
      (f) => !(f.code === 'express-unsupported' && validatorAt.has(f.location)),
    );
    const diagnostics = [...validation.diagnostics, ...lint].sort(
      (a, b) =>
        (a.line ?? 0) - (b.line ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
    if (diagnostics.some((d) => d.severity === 'ERROR')) failed = true;
    reports.push({
      file: path.relative(io.cwd, absolute).split(path.sep).join('/') || file,
      diagnostics,
    });
  }

  if (parsed.format === 'json') {
    io.stdout(
      JSON.stringify(
        reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(plain) })),
        null,
        2,
      ) + '\n',
    );
  } else if (parsed.format === 'sarif') {
    const root = configRoot;
    const sarifReports = reports.map((r) => ({
      file: path.relative(root, path.resolve(io.cwd, r.file)).split(path.sep).join('/'),
      diagnostics: r.diagnostics,
    }));
    io.stdout(
      JSON.stringify(toSarif(sarifReports, ALL_RULES, __ASL_STUDIO_VERSION__), null, 2) + '\n',
    );
  } else {
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const r of reports) {
      for (const d of r.diagnostics) {
        if (d.severity === 'ERROR') errors++;
        else if (d.severity === 'WARNING') warnings++;
        else infos++;
        io.stdout(
          `${r.file}:${d.line ?? 1}:${d.column ?? 1}: ${d.severity.toLowerCase()} ${d.message} [${d.code}]\n`,
        );
      }
    }
    const fixed = parsed.fix ? `, ${fixedFiles} file(s) fixed` : '';
    io.stdout(
      `${reports.length} file(s): ${errors} error(s), ${warnings} warning(s), ${infos} info${fixed}\n`,
    );
  }
  return failed ? 1 : 0;
}

declare const __ASL_STUDIO_VERSION__: string;

/** The `lint` command. */
export const lintCommand: CliCommand = {
  name: 'lint',
  summary: 'Validate and lint state machine definitions against AWS best practices (with --fix).',
  usage:
    'asl-studio lint FILE… [--format text|json|sarif] [--fix] [--type STANDARD|EXPRESS] [--config FILE]',
  run: runLint,
};
