import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../shared/validate/diagnostic';
import { validateText } from '../../shared/validate/index';
import { UsageError, type CliCommand, type CliIO } from '../io';

/** Parsed `validate` arguments. */
export interface ValidateArgs {
  files: string[];
  format: 'text' | 'json';
  type: 'STANDARD' | 'EXPRESS';
}

/** Parses `validate FILE… [--format text|json] [--type STANDARD|EXPRESS]` (also `--flag=value`). */
export function parseValidateArgs(args: string[]): ValidateArgs {
  const parsed: ValidateArgs = { files: [], format: 'text', type: 'STANDARD' };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      const v = eq > 0 ? arg.slice(eq + 1) : args[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const format = value();
      if (format !== 'text' && format !== 'json')
        throw new UsageError(`--format must be text or json, got '${format}'`);
      parsed.format = format;
    } else if (flag === '--type') {
      const type = value().toUpperCase();
      if (type !== 'STANDARD' && type !== 'EXPRESS')
        throw new UsageError(`--type must be STANDARD or EXPRESS, got '${type}'`);
      parsed.type = type;
    } else if (flag.startsWith('-') && flag !== '-')
      throw new UsageError(`unknown option '${flag}'`);
    else parsed.files.push(arg);
  }
  if (parsed.files.length === 0) throw new UsageError('give at least one definition file');
  return parsed;
}

/** One file's result as `--format json` prints it. */
interface FileReport {
  file: string;
  diagnostics: Pick<Diagnostic, 'severity' | 'code' | 'message' | 'location' | 'line' | 'column'>[];
}

/** Validates each file as AWS would; exit 1 when any ERROR is found or a file cannot be read. */
export async function runValidate(args: string[], io: CliIO): Promise<number> {
  const parsed = parseValidateArgs(args);
  const reports: FileReport[] = [];
  let failed = false;
  for (const file of parsed.files) {
    const absolute = path.resolve(io.cwd, file);
    let text: string;
    try {
      if (!statSync(absolute).isFile()) throw new Error('it is not a file');
      text = readFileSync(absolute, 'utf8');
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'no such file'
          : (error as Error).message;
      io.stderr(`asl-studio validate: cannot read ${file}: ${reason}\n`);
      failed = true;
      continue;
    }
    const { diagnostics } = validateText(text, { fileName: absolute, workflowType: parsed.type });
    if (diagnostics.some((d) => d.severity === 'ERROR')) failed = true;
    reports.push({
      file,
      diagnostics: diagnostics.map((d) => ({
        severity: d.severity,
        code: d.code,
        message: d.message,
        location: d.location,
        line: d.line,
        column: d.column,
      })),
    });
  }
  if (parsed.format === 'json') io.stdout(JSON.stringify(reports, null, 2) + '\n');
  else io.stdout(formatText(reports));
  return failed ? 1 : 0;
}

/** Compiler-style lines, `file:line:column  ERROR  CODE  message`, then a summary. */
function formatText(reports: FileReport[]): string {
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const report of reports)
    for (const d of report.diagnostics) {
      if (d.severity === 'ERROR') errors++;
      else warnings++;
      const where = d.location ? ` (at ${d.location})` : '';
      out += `${report.file}:${d.line ?? 1}:${d.column ?? 1}  ${d.severity.padEnd(7)}  ${d.code}  ${d.message}${where}\n`;
    }
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  out += `${files} validated: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}\n`;
  return out;
}

/** The `validate` command. */
export const validateCommand: CliCommand = {
  name: 'validate',
  summary:
    "Validate state machine definitions as AWS's ValidateStateMachineDefinition would (codes, line and column).",
  usage: 'asl-studio validate FILE… [--format text|json] [--type STANDARD|EXPRESS]',
  run: runValidate,
};
