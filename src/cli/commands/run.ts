import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from '../../shared/asl/parse';
import { compileDefinition, createExecution } from '../../shared/sim/engine/execution';
import { importMockConfig } from '../../shared/sim/mocks/mock-config-file';
import type { MockedResponsesByState } from '../../shared/sim/mocks/mocked-responses';
import { UsageError, type CliCommand, type CliIO } from '../io';

interface RunOptions {
  file: string;
  input?: string;
  mocks?: string;
  json: boolean;
}

function parseArgs(args: string[]): RunOptions {
  const options: Partial<RunOptions> = { json: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') options.json = true;
    else if (a === '--input' || a === '--mocks') {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`${a} needs a value`);
      options[a === '--input' ? 'input' : 'mocks'] = value;
    } else if (a.startsWith('--input=')) options.input = a.slice(8);
    else if (a.startsWith('--mocks=')) options.mocks = a.slice(8);
    else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (options.file) throw new UsageError('give one definition file');
    else options.file = a;
  }
  if (!options.file) throw new UsageError('give a definition file');
  return options as RunOptions;
}

async function readText(file: string, shown: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `no such file: ${shown}`
        : `cannot read ${shown}: ${(error as Error).message}`,
    );
  }
}

async function readJson(text: string, where: string): Promise<unknown> {
  const parsed = parseDocument(text, /\.ya?ml$/i.test(where) ? 'yaml' : 'json');
  if (parsed.errors.length > 0) {
    const e = parsed.errors[0];
    throw new UsageError(`${where}:${e.line}:${e.column}: ${e.message}`);
  }
  return parsed.value;
}

/** `asl-studio run FILE [--input JSON|@file] [--mocks FILE] [--json]`: one simulated execution. */
export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Run a state machine in the simulator (Tasks answer from mocks).',
  usage: 'asl-studio run FILE [--input JSON|@file] [--mocks FILE] [--json]',
  async run(args: string[], io: CliIO): Promise<number> {
    const options = parseArgs(args);
    const file = path.resolve(io.cwd, options.file);
    const definitionText = await readText(file, options.file);
    const definition = await readJson(definitionText, options.file);
    const compiled = compileDefinition(definition);
    if (compiled.error) {
      // Point at the place in the file, not only the JSON pointer.
      const parsed = parseDocument(
        definitionText,
        /\.ya?ml$/i.test(options.file) ? 'yaml' : 'json',
      );
      const range = parsed.sourceMap.rangeOf(compiled.error.pointer);
      const where = range ? `${options.file}:${range.line}:${range.column}` : options.file;
      io.stderr(`${where}: ${compiled.error.message}\n`);
      return 1;
    }
    let input: unknown = {};
    if (options.input !== undefined) {
      input = options.input.startsWith('@')
        ? await readJson(
            await readText(path.resolve(io.cwd, options.input.slice(1)), options.input.slice(1)),
            options.input.slice(1),
          )
        : await readJson(options.input, '--input');
    }
    let mocks: MockedResponsesByState | undefined;
    if (options.mocks !== undefined) {
      const raw = await readJson(
        await readText(path.resolve(io.cwd, options.mocks), options.mocks),
        options.mocks,
      );
      try {
        mocks = importMockConfig(raw);
      } catch (error) {
        throw new UsageError(`${options.mocks}: ${(error as Error).message}`);
      }
    }
    const execution = createExecution(compiled, { input, mocks });
    const result = await execution.runToCompletion();
    if (options.json) {
      const out =
        result.status === 'SUCCEEDED'
          ? { status: result.status, output: result.output }
          : { status: result.status, error: result.error, cause: result.cause };
      io.stdout(`${JSON.stringify(out)}\n`);
    } else if (result.status === 'SUCCEEDED') {
      io.stdout(`SUCCEEDED\n${JSON.stringify(result.output, null, 2)}\n`);
    } else {
      io.stdout(
        `${result.status}${result.error ? `: ${result.error}` : ''}\n${result.cause ?? ''}\n`,
      );
    }
    return result.status === 'SUCCEEDED' ? 0 : 1;
  },
};
