import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The definition file given on the command line, if any: the first argument after the app (and,
 * unpackaged, after the app folder) that is an existing file, not a switch.
 */
export function fileFromArgv(
  argv: string[],
  packaged: boolean,
  cwd: string = process.cwd(),
): string | null {
  for (const arg of argv.slice(packaged ? 1 : 2)) {
    if (arg.startsWith('-')) continue;
    const file = path.resolve(cwd, arg);
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}
