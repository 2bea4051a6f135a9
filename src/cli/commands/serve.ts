import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAppRoot } from '../../main/app-root';
import { startServe } from '../../main/http/serve-host';
import { openInSystemBrowser } from '../../main/open-browser';
import { defaultDataDir } from '../../main/services/paths';
import { UsageError, type CliCommand, type CliIO } from '../io';

/** Parsed `serve` arguments. */
export interface ServeArgs {
  file: string | null;
  port: number;
  open: boolean;
  dataDir: string | null;
}

/** Parses `serve [FILE] [--port N] [--open] [--data-dir DIR]`; throws UsageError on bad usage. */
export function parseServeArgs(args: string[]): ServeArgs {
  const parsed: ServeArgs = { file: null, port: 0, open: false, dataDir: null };
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
    if (flag === '--port' || flag === '-p') {
      const text = value();
      const port = Number(text);
      if (!/^\d+$/.test(text) || port > 65535)
        throw new UsageError(`--port must be a number from 0 to 65535, got '${text}'`);
      parsed.port = port;
    } else if (flag === '--open') parsed.open = true;
    else if (flag === '--data-dir') parsed.dataDir = value();
    else if (flag.startsWith('-')) throw new UsageError(`unknown option '${flag}'`);
    else if (parsed.file === null) parsed.file = arg;
    else throw new UsageError(`serve opens one file; got '${parsed.file}' and '${arg}'`);
  }
  return parsed;
}

/** Runs the server until the process is interrupted (Ctrl+C) or `stop` resolves. */
export async function runServe(args: string[], io: CliIO, stop?: Promise<void>): Promise<number> {
  const parsed = parseServeArgs(args);
  const appRoot = findAppRoot(path.dirname(fileURLToPath(import.meta.url)));
  if (!appRoot) {
    io.stderr('asl-studio serve: cannot find the asl-studio folder (package.json) above the CLI\n');
    return 1;
  }
  if (parsed.file) {
    const file = path.resolve(io.cwd, parsed.file);
    if (!existsSync(file) || !statSync(file).isFile()) {
      io.stderr(`asl-studio serve: ${file}: no such file\n`);
      return 1;
    }
  }
  const dataDir = parsed.dataDir ? path.resolve(io.cwd, parsed.dataDir) : defaultDataDir();
  let server;
  try {
    server = await startServe({
      appRoot,
      dataDir,
      workingDirectory: io.cwd,
      initialFile: parsed.file,
      port: parsed.port,
      version: __ASL_STUDIO_VERSION__,
      log: (m) => io.stderr(`${m}\n`),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr(
      code === 'EADDRINUSE'
        ? `asl-studio serve: port ${parsed.port} is in use; pick another with --port, or --port 0 for any free port\n`
        : `asl-studio serve: cannot start: ${(error as Error).message}\n`,
    );
    return 1;
  }
  // The URL comes first, alone on its line: scripts and tests read it from there.
  io.stdout(`${server.url}\n`);
  io.stdout(
    `ASL Studio ${__ASL_STUDIO_VERSION__} is serving on 127.0.0.1:${server.port} (data: ${dataDir}).\n`,
  );
  if (!existsSync(path.join(appRoot, 'out', 'renderer', 'index.html'))) {
    io.stderr(
      'asl-studio serve: the designer is not built yet: run `npm run build`, then reload the page.\n',
    );
  }
  io.stdout(
    "Open the URL above in a browser (it carries this launch's secret token). Press Ctrl+C to stop.\n",
  );
  if (parsed.open && !(await openInSystemBrowser(server.url))) {
    io.stderr('asl-studio serve: could not open a browser; open the URL above yourself.\n');
  }
  await new Promise<void>((resolve) => {
    const done = () => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
    stop?.then(done);
  });
  await server.close();
  return 0;
}

/** `asl-studio serve`: the designer in a browser, backed by the desktop app's services. */
export const serveCommand: CliCommand = {
  name: 'serve',
  summary:
    'Serve the designer to a browser on 127.0.0.1 (prints the URL to open, with its token, first).',
  usage:
    'asl-studio serve [FILE] [--port N] [--open] [--data-dir DIR]   (env ASL_STUDIO_DATA_DIR sets the data folder too)',
  run: (args, io) => runServe(args, io),
};

declare const __ASL_STUDIO_VERSION__: string;
