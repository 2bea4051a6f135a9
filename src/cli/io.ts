/** What a CLI command may touch of the outside world, passed in so commands run in-process in tests. */
export interface CliIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** A CLI command: takes its arguments (after the command name) and returns the exit status. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for bad usage; the dispatcher prints the message and the command's usage, exit 2. */
export class UsageError extends Error {}

/** The process's own IO. */
export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
  };
}
