import { COMMANDS } from './commands/index';
import { processIO, UsageError, type CliIO } from './io';

const HELP = (names: string[]): string =>
  `Usage: asl-studio <command> [options]\n\nCommands: ${names.join(', ')}\n` +
  `Run 'asl-studio <command> --help' for a command's options.\n`;

/** Runs the CLI with the given arguments and returns the exit status. */
export async function runCli(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  const names = Object.keys(COMMANDS);
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(HELP(names));
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout(`${__ASL_STUDIO_VERSION__}\n`);
    return 0;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(`asl-studio: unknown command '${name}'\n${HELP(names)}`);
    return 2;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`asl-studio ${name}: ${error.message}\nUsage: ${command.usage}\n`);
      return 2;
    }
    io.stderr(`asl-studio ${name}: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

declare const __ASL_STUDIO_VERSION__: string;
